# SPDX-License-Identifier: BSL-1.0
# fish completion for ipsec-error: its options, the --color values, the
# names of the codes, and file names after --scan.

complete -c ipsec-error -s l -l list -d 'One line a code: value, hex, name, message'
complete -c ipsec-error -s s -l search -r -d 'Codes whose name, message or advice contains TEXT'
complete -c ipsec-error -l scan -d 'Find the codes in FILEs or standard input'
complete -c ipsec-error -s c -l count -d 'With --scan: one line a code, most frequent first'
complete -c ipsec-error -s J -l jobs -x -a '1 2 4 8' -d 'With --scan: how many files to read at once'
complete -c ipsec-error -s j -l json -d 'JSON: an array with every field of each code'
complete -c ipsec-error -s m -l markdown -d 'Markdown; alone, the whole reference document'
complete -c ipsec-error -l color -l colour -x -a 'auto always never' -d 'When to colour the output'
complete -c ipsec-error -l no-color -d 'Never colour the output'
complete -c ipsec-error -s h -l help -d 'Print the usage and exit'
complete -c ipsec-error -s V -l version -d 'Print the version and exit'
complete -c ipsec-error -n 'not __fish_contains_opt scan' -f -a '(ipsec-error --list --color=never 2>/dev/null | awk "{ print \$3 }")' -d 'IPsec error code'
complete -c ipsec-error -n '__fish_contains_opt scan' -F
