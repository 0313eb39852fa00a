# SPDX-License-Identifier: BSL-1.0
# bash completion for ipsec-error: its options, the --color values, the
# names of the codes (ERROR_IPSEC_... and WARNING_IPSEC_...), file names
# after --scan, and a few numbers after --jobs.

_ipsec_error() {
    local cur prev
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    case $prev in
        -s | --search)
            return 0  # free text
            ;;
        -J | --jobs)
            COMPREPLY=($(compgen -W "1 2 4 8" -- "$cur"))
            return 0
            ;;
    esac

    case $cur in
        --color=* | --colour=*)
            COMPREPLY=($(compgen -P "${cur%%=*}=" -W "auto always never" -- "${cur#*=}"))
            return 0
            ;;
        -*)
            COMPREPLY=($(compgen -W "--list --search --json --markdown --scan --count --jobs
                --color= --colour= --no-color --help --version -l -s -j -m -c -J -h -V --" \
                -- "$cur"))
            [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
            return 0
            ;;
    esac

    # After --scan, the arguments are files to scan.
    local word
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        if [[ $word == --scan ]]; then
            compopt -o filenames 2> /dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return 0
        fi
    done

    # Code names, from the tool itself: the third field of --list.
    local names
    names=$(ipsec-error --list --color=never 2>/dev/null | awk '{ print $3 }')
    COMPREPLY=($(compgen -W "$names" -- "${cur^^}"))
}
complete -F _ipsec_error ipsec-error
