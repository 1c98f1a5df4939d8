/// Who the write running now is recorded as made by: the engines set it around each transaction from the
/// store's `author`, and every history entry, activity and change-log row the transaction inserts names it.
///
/// A task-local value, so the store's static insert helpers read it without every call passing it, and a write
/// joined into an enclosing one (a recorded change) keeps the enclosing write's author.
public enum WriteAuthor {
    @TaskLocal public static var name: String?
}
