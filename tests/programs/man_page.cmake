# SPDX-License-Identifier: BSL-1.0
# The manual page renders without a warning from man (groff), and documents
# every option that `ipsec-error --help` lists.
# In: MAN, MAN_PAGE, PROGRAM
execute_process(COMMAND "${MAN}" --warnings -l "${MAN_PAGE}"
    RESULT_VARIABLE status OUTPUT_VARIABLE page ERROR_VARIABLE warnings
    ENCODING UTF-8)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "man --warnings -l ${MAN_PAGE} (exit ${status}):\n${warnings}")
endif()

execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ipsec-error --help exited with ${status}")
endif()
string(REGEX MATCHALL "--[a-z]+" options "${help}")
list(REMOVE_DUPLICATES options)
# man prints hyphens as U+2010 in a UTF-8 locale; compare on plain hyphens.
string(REPLACE "‐" "-" page "${page}")
string(REPLACE "−" "-" page "${page}")
foreach(option IN LISTS options)
    string(FIND "${page}" "${option}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the manual page does not document ${option}")
    endif()
endforeach()
list(LENGTH options count)
message(STATUS "man page: no warnings; documents all ${count} options of --help")
