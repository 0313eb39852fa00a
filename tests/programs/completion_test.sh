#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# The bash completion of ipsec-error, as bash runs it: options, the --color
# values, and code names from the program found on PATH.
# Usage: completion_test.sh COMPLETION_FILE PROGRAM_DIR
set -euo pipefail
source "$1"
export PATH="$2:$PATH"
failures=0

# complete WORDS...: COMPREPLY for the last word, sorted, space-separated.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _ipsec_error
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
    local want=$1; shift
    local got
    got=$(complete_words "$@")
    if [ "$got" != "$want" ]; then
        echo "FAIL: completing '$*': got '$got', want '$want'"
        failures=$((failures + 1))
    fi
}

expect "--color=always --color=auto --color=never" ipsec-error --color=
expect "--color=never" ipsec-error --color=n
expect "--colour=always" ipsec-error --colour=al
expect "--list" ipsec-error --li
expect "--search" ipsec-error --sea
expect "--jobs" ipsec-error --scan --jo
expect "1 2 4 8" ipsec-error --scan --jobs ""
expect "2" ipsec-error --scan -J 2
expect "" ipsec-error --search ""
expect "ERROR_IPSEC_IKE_MM_DELAY_DROP" ipsec-error ERROR_IPSEC_IKE_MM_DELAY
expect "ERROR_IPSEC_IKE_MM_DELAY_DROP" ipsec-error error_ipsec_ike_mm_delay
expect "WARNING_IPSEC_MM_POLICY_PRUNED WARNING_IPSEC_QM_POLICY_PRUNED" ipsec-error WARNING_IPSEC_

names=$(complete_words ipsec-error "" | wc -w)
codes=$("$2/ipsec-error" --list | wc -l)
if [ "$names" -ne "$codes" ] || [ "$codes" -eq 0 ]; then
    echo "FAIL: an empty word completes to $names names, not the $codes codes of --list"
    failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] && echo "bash completion: all checks passed"
exit "$failures"
