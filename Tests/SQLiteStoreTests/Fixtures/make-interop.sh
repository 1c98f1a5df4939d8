#!/bin/sh
# Makes NAME.sqlite and NAME-empty.sqlite with the funnel binary of an older release that has activities and
# import (the interop release 5fc8252 and later). Usage: make-interop.sh FUNNEL OUTDIR NAME
set -eu
funnel=$1
out=$2
name=$3
rm -f "$out/$name.sqlite" "$out/$name-empty.sqlite" "$out/$name-import.csv"
export TZ=UTC
export FUNNEL_DB="$out/$name-empty.sqlite"
FUNNEL_NOW=2026-01-05T09:00:00Z "$funnel" list
export FUNNEL_DB="$out/$name.sqlite"
at() { FUNNEL_NOW="$1"; export FUNNEL_NOW; }
at 2026-01-05T09:00:00Z
"$funnel" add "Acme renewal" --value 12k --currency EUR --org "Acme Corp" --person "Ada Lovelace" --job-title CTO \
    --email ada@acme.example --source referral --owner dana --close-date 2026-03-31 --priority 2
"$funnel" add "Globex pilot" --value 5000 --owner sam --source website
"$funnel" add "Initech rollout" --value 1200000 --currency JPY --stage Contact
at 2026-01-06T10:30:00Z
"$funnel" activity add 1 --kind call --subject "Kick-off call" --due 2026-01-08
"$funnel" activity add 2 --kind email --subject "Send the pilot plan" --due 2026-01-09
"$funnel" activity add 2 --kind meeting --subject "Met at the fair" --done
"$funnel" activity add 3 --kind task --subject "Price list" --due 2026-02-01
at 2026-01-08T15:00:00Z
"$funnel" activity done 1
"$funnel" qualify 1 --budget yes --authority yes --need yes --timing yes
"$funnel" qualify 3 --budget no
"$funnel" move 1 Qualifying
"$funnel" snooze 2 --until 2026-01-20 --reason "Back from holiday"
at 2026-01-12T16:45:00Z
"$funnel" move 1 Closing
"$funnel" won 1
"$funnel" lost 3 --reason "No budget"
printf '%s\n' 'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Organization,Deal - Owner' \
    '101,Hooli search,25000,USD,Contact,open,Hooli,dana' \
    '102,Pied Piper compression,9000,USD,Qualifying,won,Pied Piper,sam' \
    '103,Vandelay import,4000,EUR,Prospecting,lost,Vandelay Industries,dana' > "$out/$name-import.csv"
"$funnel" import "$out/$name-import.csv" --from pipedrive
rm -f "$out/$name-import.csv"
at 2026-01-14T09:00:00Z
"$funnel" park 2 --until 2026-02-01
"$funnel" show 1
