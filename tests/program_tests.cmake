# SPDX-License-Identifier: BSL-1.0
# The ipsec-error program as a user runs it: exit statuses and streams.
set(expect "${CMAKE_CURRENT_SOURCE_DIR}/program/expect.cmake")

function(ipsec_error_program_test name status)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "STDOUT;STDERR" "ARGS")
    set(defines "-DPROGRAM=$<TARGET_FILE:ipsec-error>" "-DSTATUS=${status}")
    if(CMAKE_CROSSCOMPILING_EMULATOR)
        list(JOIN CMAKE_CROSSCOMPILING_EMULATOR " " emulator)
        list(APPEND defines "-DEMULATOR=${emulator}")
    endif()
    if(arg_ARGS)
        list(JOIN arg_ARGS "|" joined)  # a ";" would split the test command
        list(APPEND defines "-DARGS=${joined}")
    endif()
    if(DEFINED arg_STDOUT)
        list(APPEND defines "-DSTDOUT_MATCH=${arg_STDOUT}")
    endif()
    if(DEFINED arg_STDERR)
        list(APPEND defines "-DSTDERR_MATCH=${arg_STDERR}")
    endif()
    add_test(NAME program.${name} COMMAND "${CMAKE_COMMAND}" ${defines} -P "${expect}")
endfunction()

ipsec_error_program_test(one_code 0 ARGS 13814 STDOUT "ERROR_IPSEC_IKE_MM_DELAY_DROP.*What to do")
ipsec_error_program_test(every_form 0
    ARGS 13814 0x35F6 0x800735F6 -2147011082 0xC0360001 ike_mm_delay_drop STATUS_IPSEC_BAD_SPI
    STDOUT "ERROR_IPSEC_BAD_SPI")
ipsec_error_program_test(not_found 1 ARGS 13814 ike_mm_delay_drp
    STDOUT "ERROR_IPSEC_IKE_MM_DELAY_DROP"
    STDERR "not an IPsec code: 'ike_mm_delay_drp'; did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP")
ipsec_error_program_test(unknown_option 2 ARGS --frobnicate STDERR "unknown option '--frobnicate'")
ipsec_error_program_test(no_arguments 2 STDERR "no code given")
ipsec_error_program_test(list 0 ARGS --list STDOUT "^11033  0x2B19  WSA_IPSEC_NAME_POLICY_ERROR")
ipsec_error_program_test(search 0 ARGS --search kerberos STDOUT "13827  0x3603  ERROR_IPSEC_IKE_KERBEROS_ERROR")
ipsec_error_program_test(json 0 ARGS --json 13814 STDOUT "\"hresult\": \"0x800735F6\"")
ipsec_error_program_test(help 0 ARGS --help STDOUT "Usage: ipsec-error")
ipsec_error_program_test(version 0 ARGS --version STDOUT "^ipsec-error ${PROJECT_VERSION}")
if(NOT WIN32)  # Windows' command line cannot carry 100 000 bytes in one argument
    string(REPEAT "7" 100000 long_argument)
    ipsec_error_program_test(long_argument 1 ARGS "${long_argument}" STDERR "\\(100000 bytes\\)")
endif()

add_test(NAME program.docs_errors_md_is_fresh
    COMMAND "${CMAKE_COMMAND}"
        "-DPROGRAM=$<TARGET_FILE:ipsec-error>" "-DARGS=--markdown"
        "-DFILE=${PROJECT_SOURCE_DIR}/docs/errors.md"
        "-DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/errors.md"
        "-DEMULATOR=${CMAKE_CROSSCOMPILING_EMULATOR}"
        -P "${CMAKE_CURRENT_SOURCE_DIR}/program/compare_output.cmake")

# The manual page and the bash completion, where man and bash exist.
find_program(IPSEC_ERROR_MAN man)
if(IPSEC_ERROR_MAN AND NOT CMAKE_CROSSCOMPILING)
    add_test(NAME program.man_page_has_no_warnings
        COMMAND "${CMAKE_COMMAND}" "-DMAN=${IPSEC_ERROR_MAN}"
            "-DMAN_PAGE=${PROJECT_BINARY_DIR}/tools/ipsec-error/ipsec-error.1"
            "-DPROGRAM=$<TARGET_FILE:ipsec-error>"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/tool/man_page.cmake")
endif()
find_program(IPSEC_ERROR_BASH bash)
if(IPSEC_ERROR_BASH AND NOT CMAKE_CROSSCOMPILING)
    add_test(NAME program.bash_completion
        COMMAND "${IPSEC_ERROR_BASH}" "${CMAKE_CURRENT_SOURCE_DIR}/tool/completion_test.sh"
            "${PROJECT_SOURCE_DIR}/tools/ipsec-error/completion/ipsec-error.bash"
            "$<TARGET_FILE_DIR:ipsec-error>")
endif()

# --scan and text arguments (issue 11).
include(scan_program_tests.cmake)
