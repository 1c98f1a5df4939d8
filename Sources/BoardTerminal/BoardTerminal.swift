// The ncurses runtime of the board.
