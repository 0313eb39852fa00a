# SPDX-License-Identifier: BSL-1.0
# Included by the compile-fail runners: replaces FIND by REPLACE in the file
# at PATH (LABEL names it in the error), and fails when FIND is not in it, so
# that a test whose text to break has moved does not pass unbroken.
function(ipsec_error_break_file path label find replace)
    file(READ "${path}" text)
    string(FIND "${text}" "${find}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the text to break is not in ${label}: ${find}")
    endif()
    string(REPLACE "${find}" "${replace}" text "${text}")
    file(WRITE "${path}" "${text}")
endfunction()
