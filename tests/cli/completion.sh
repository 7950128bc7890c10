#!/bin/sh
# completion.sh - issue 15: the bash completion (assets/completion/mandate.bash)
# offers every command of `mandate --help`, every option of each command's
# --help, the scenario names, the AI personalities, and the seat ids of the
# scenario chosen on the line. Prints TAP lines.
name=completion
. "$(dirname "$0")/../lib/cli.sh"
if ! command -v bash >/dev/null 2>&1; then
    echo "ok - # SKIP bash is not installed"
    exit 0
fi

# offers LINE: the words completion offers at the end of LINE (BIN first)
offers() {
    bash --norc --noprofile -c '
        . "$1/assets/completion/mandate.bash"
        COMP_LINE=$2 COMP_POINT=${#2}
        _mandate
        printf "%s\n" "${COMPREPLY[@]}"' x "$repo" "$BIN $1" | sort | tr '\n' ' ' | sed 's/ $//'
}
# expect LINE WORDS: completion of LINE offers exactly WORDS (sorted)
expect() {
    got=$(offers "$1")
    if [ "$got" = "$2" ]; then ok "'mandate $1' offers: $2"; else
        notok "'mandate $1' offers: $2"; echo "#   got: $got"; fi
}

"$BIN" --help >"$tmp/help"
cmds=$(help_commands "$tmp/help")
[ -n "$cmds" ] || notok "mandate --help lists commands"
got=" $(offers "") "
missing=""
for c in $cmds --help --version; do
    case $got in *" $c "*) ;; *) missing="$missing $c" ;; esac
done
if [ -z "$missing" ]; then ok "every command of --help is offered"; else
    notok "commands not offered:$missing"; fi

for s in new load serve join facilitate simulate replay report handout validate bench "msel export" "msel import"; do
    # shellcheck disable=SC2086
    "$BIN" $s --help 2>&1 | sed 's/simulate --save//' >"$tmp/chelp"   # prose
    case $s in   # one usage text for both: the verb's own line
    msel*) grep "mandate $s " "$tmp/chelp" >"$tmp/verb"; mv "$tmp/verb" "$tmp/chelp" ;;
    esac
    got=" $(offers "$s -") "
    missing=""
    for o in $(grep -o -- '\(^\|[^a-zA-Z0-9-]\)--\?[a-z][a-z-]*' "$tmp/chelp" |
        sed 's/^[^-]*//' | sort -u); do
        case $got in *" $o "*) ;; *) missing="$missing $o" ;; esac
    done
    if [ -z "$missing" ]; then ok "every option of '$s --help' is offered"; else
        notok "options of $s not offered:$missing"; fi
done

shipped=$(cd "$repo/assets/scenarios" && ls ./*.json | sed 's|^\./||; s|\.json$||' | sort | tr '\n' ' ')
expect "new --scenario " "${shipped% }"
expect "new --scenario tu" "tutorial"
expect "new --seat " "garrovia kestria lisselund morvane sevrana"
expect "new --scenario tutorial --seat " "alvar brenn corsa"
expect "new --scenario tutorial --hotseat --seat alvar,c" "alvar,corsa"
expect "simulate --scenario tutorial --ai b" "brenn="
expect "simulate --ai kestria=shadow" "shadow_broker"
expect "simulate --ai kestria=shadow_broker:ex" "expert"
expect "report x.json --format " "html json md"
expect "handout --format " "html md"
expect "handout --scenario tutorial --seat " "alvar brenn corsa"
expect "msel " "export import"
expect "msel export tut" "tutorial"

# the words follow MANDATE_ASSETS
mkdir -p "$tmp/assets/scenarios"
cp "$repo/assets/scenarios/tutorial.json" "$tmp/assets/scenarios/classroom.json"
got=$(MANDATE_ASSETS=$tmp/assets offers "new --scenario ")
if [ "$got" = classroom ]; then ok "scenario names follow MANDATE_ASSETS"; else
    notok "scenario names follow MANDATE_ASSETS (got: $got)"; fi
