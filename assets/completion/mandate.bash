# bash completion for mandate: commands, their options, scenario names,
# AI personalities, and the seat ids of the scenario chosen on the line
# (--scenario, else the default). The words come from the mandate being
# completed (`mandate complete ...`), so they follow its assets and
# $MANDATE_ASSETS. `make install` puts this file where bash-completion
# finds it: PREFIX/share/bash-completion/completions/mandate.

_mandate_words()
{
    # the program as typed (./mandate in a checkout), else mandate on PATH
    local prog=$_mandate_prog
    prog=${prog/#\~/$HOME}
    [[ $prog == */* && -x $prog ]] || prog=mandate
    "$prog" complete "$@" 2>/dev/null
}

_mandate()
{
    COMPREPLY=()
    # Words split at blanks only: bash also splits at = and :, which
    # --ai SEAT=PERSONALITY:LEVEL holds (see the end).
    local line=${COMP_LINE:0:COMP_POINT}
    local -a w
    read -ra w <<<"$line"
    [[ -z $line || $line == *[[:space:]] ]] && w+=("")
    local n=${#w[@]}
    local _mandate_prog=${w[0]}
    _mandate_reply "${w[@]}"
    # bash replaces only the part of the word after its last = or :
    local cur=${w[n-1]}
    if [[ $cur == *[=:]* ]]; then
        local brk=${cur%"${cur##*[=:]}"}
        COMPREPLY=("${COMPREPLY[@]#"$brk"}")
    fi
}

# _mandate_reply WORD...: COMPREPLY for the last word, the others before it.
_mandate_reply()
{
    local -a w=("$@")
    local n=${#w[@]}
    local cur=${w[n-1]} prev=${w[n-2]} cmd=${w[1]} sub=""
    local i scenario=lakeland
    # the scenario named so far on the line
    for ((i = 2; i < n - 1; i++)); do
        if [[ ${w[i]} == --scenario ]]; then
            scenario=${w[i+1]}
        fi
    done

    if ((n == 2)); then
        COMPREPLY=($(compgen -W "new load serve join facilitate board simulate replay report handout validate msel bench --help --version" -- "$cur"))
        return
    fi
    if [[ $cmd == msel ]]; then
        sub=${w[2]}
        if ((n == 3)); then
            COMPREPLY=($(compgen -W "export import" -- "$cur"))
            return
        fi
    fi

    case $prev in
    --scenario)
        # a name from the assets, or a file
        COMPREPLY=($(compgen -W "$(_mandate_words scenarios)" -- "$cur"))
        COMPREPLY+=($(compgen -f -X '!*.json' -- "$cur"))
        return
        ;;
    --seat | --seats)
        # a comma-separated list: complete the last id (serve: or all)
        local done_ids="" last=$cur all=""
        if [[ $cur == *,* ]]; then
            done_ids=${cur%,*},
            last=${cur##*,}
        fi
        [[ $prev == --seats ]] && all=all
        local w
        for w in $all $(_mandate_words seats "$scenario"); do
            [[ $w == "$last"* ]] && COMPREPLY+=("$done_ids$w")
        done
        return
        ;;
    --ai)
        # SEAT=PERSONALITY[:LEVEL]
        local w
        if [[ $cur == *=*:* ]]; then
            for w in novice standard expert master; do
                [[ $w == "${cur##*:}"* ]] && COMPREPLY+=("${cur%:*}:$w")
            done
        elif [[ $cur == *=* ]]; then
            for w in $(_mandate_words personalities); do
                [[ $w == "${cur#*=}"* ]] && COMPREPLY+=("${cur%%=*}=$w")
            done
        else
            for w in $(_mandate_words seats "$scenario"); do
                [[ $w == "$cur"* ]] && COMPREPLY+=("$w=")
            done
            compopt -o nospace 2>/dev/null
        fi
        return
        ;;
    --format)
        if [[ $cmd == handout ]]; then
            COMPREPLY=($(compgen -W "md html" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "md html json" -- "$cur"))
        fi
        return
        ;;
    --games | --seed | --deadline | --listen)
        return
        ;;
    --save-dir)
        COMPREPLY=($(compgen -d -- "$cur"))
        return
        ;;
    --socket | --load)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --connect)
        return
        ;;
    -o | --save)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    esac

    local opts=""
    case $cmd in
    new) opts="--scenario --seat --hotseat --team --ai --think --facilitator --seed --save-dir --help" ;;
    load) opts="--facilitator --save-dir --help" ;;
    serve) opts="--scenario --seed --seats --team --deadline --socket --listen --group --save-dir --load --help" ;;
    join | facilitate | board) opts="--socket --connect --help" ;;
    simulate) opts="--scenario --games --seed --ai --json --explain --save --jobs --shard --think --merge --quiet --help" ;;
    replay) opts="--verify --reveal --seat --help" ;;
    report) opts="--format -o --reveal --seat --help" ;;
    handout) opts="--scenario --seat --format -o --help" ;;
    validate) opts="--help" ;;
    bench) opts="--games --scenario --odds --scaling --help" ;;
    msel)
        case $sub in
        export) opts="-o --help" ;;
        import) opts="--scenario -o --help" ;;
        esac
        ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    # positional arguments
    case $cmd in
    load | replay | report | validate)
        COMPREPLY=($(compgen -f -- "$cur"))
        ;;
    msel)
        if [[ $sub == export ]]; then
            COMPREPLY=($(compgen -W "$(_mandate_words scenarios)" -- "$cur"))
            COMPREPLY+=($(compgen -f -X '!*.json' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -X '!*.csv' -- "$cur"))
        fi
        ;;
    esac
}
complete -o default -F _mandate mandate ./mandate
