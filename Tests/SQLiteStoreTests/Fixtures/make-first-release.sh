#!/bin/sh
# Makes first-release.sqlite and first-release-empty.sqlite with the funnel binary of commit 039bccb
# (the first release: migration "v1: pipelines, stages, deals, stage history"). Usage: make-first-release.sh FUNNEL OUTDIR
set -eu
funnel=$1
out=$2
rm -f "$out/first-release.sqlite" "$out/first-release-empty.sqlite"
export FUNNEL_DB="$out/first-release-empty.sqlite"
FUNNEL_NOW=2026-01-05T09:00:00Z "$funnel" list
export FUNNEL_DB="$out/first-release.sqlite"
at() { FUNNEL_NOW="$1"; export FUNNEL_NOW; }
at 2026-01-05T09:00:00Z
"$funnel" pipelines add Revisit
"$funnel" add "Acme renewal" --value 12k --currency EUR --org "Acme Corp" --person "Ada Lovelace" --job-title CTO \
    --email ada@acme.example --phone "+44 20 7946 0000" --source referral --owner dana --close-date 2026-03-31 --priority 2 \
    --notes "Renewal of the 2025 licence"
at 2026-01-06T10:30:00Z
"$funnel" add "Globex pilot" --value 5000 --owner sam --source website
"$funnel" add "Initech rollout" --value 1200000 --currency JPY --stage Contact --temperature hot
at 2026-01-07T11:00:00Z
"$funnel" add "Umbrella audit" --value 800 --currency GBP --stage 2
"$funnel" add "数据平台" --value 30000 --currency CNY --org "北京数据"
"$funnel" add "Soon deleted" --value 1
at 2026-01-09T08:15:00Z
"$funnel" move 1 Qualifying
"$funnel" move 2 3
"$funnel" edit 2 --value 6500 --person "Sam Doe"
at 2026-01-12T16:45:00Z
"$funnel" move 1 Closing
"$funnel" won 1
"$funnel" lost 4 --reason "No budget"
"$funnel" delete 6 --yes
at 2026-01-14T09:00:00Z
"$funnel" reopen 4
"$funnel" move 4 Relationship
"$funnel" stages set Contact --stall-days 3
"$funnel" show 4
