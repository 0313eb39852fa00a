# SPDX-License-Identifier: BSL-1.0
# The ipsec-error program as a user runs it: exit statuses and streams.
ipsec_error_program_test(program.one_code ipsec-error 0 ARGS 13814 STDOUT "ERROR_IPSEC_IKE_MM_DELAY_DROP.*What to do")
ipsec_error_program_test(program.every_form ipsec-error 0
    ARGS 13814 0x35F6 0x800735F6 -2147011082 0xC0360001 ike_mm_delay_drop STATUS_IPSEC_BAD_SPI
    STDOUT "ERROR_IPSEC_BAD_SPI")
ipsec_error_program_test(program.not_found ipsec-error 1 ARGS 13814 ike_mm_delay_drp
    STDOUT "ERROR_IPSEC_IKE_MM_DELAY_DROP"
    STDERR "not an IPsec code: 'ike_mm_delay_drp'; did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP")
ipsec_error_program_test(program.unknown_option ipsec-error 2 ARGS --frobnicate STDERR "unknown option '--frobnicate'")
ipsec_error_program_test(program.no_arguments ipsec-error 2 STDERR "no code given")
ipsec_error_program_test(program.list ipsec-error 0 ARGS --list STDOUT "^11033  0x2B19  WSA_IPSEC_NAME_POLICY_ERROR")
ipsec_error_program_test(program.search ipsec-error 0 ARGS --search kerberos STDOUT "13827  0x3603  ERROR_IPSEC_IKE_KERBEROS_ERROR")
ipsec_error_program_test(program.json ipsec-error 0 ARGS --json 13814 STDOUT "\"hresult\": \"0x800735F6\"")
ipsec_error_program_test(program.help ipsec-error 0 ARGS --help STDOUT "Usage: ipsec-error")
ipsec_error_program_test(program.version ipsec-error 0 ARGS --version STDOUT "^ipsec-error ${PROJECT_VERSION}")
if(NOT WIN32)  # Windows' command line cannot carry 100 000 bytes in one argument
    string(REPEAT "7" 100000 long_argument)
    ipsec_error_program_test(program.long_argument ipsec-error 1 ARGS "${long_argument}" STDERR "\\(100000 bytes\\)")
endif()

add_test(NAME program.docs_errors_md_is_fresh
    COMMAND "${CMAKE_COMMAND}"
        "-DPROGRAM=$<TARGET_FILE:ipsec-error>" "-DARGS=--markdown"
        "-DFILE=${PROJECT_SOURCE_DIR}/docs/errors.md"
        "-DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/errors.md"
        "-DEMULATOR=${CMAKE_CROSSCOMPILING_EMULATOR}"
        -P "${CMAKE_CURRENT_SOURCE_DIR}/compare_output.cmake")

# The manual page and the bash completion, where man and bash exist.
find_program(IPSEC_ERROR_MAN man)
if(IPSEC_ERROR_MAN AND NOT CMAKE_CROSSCOMPILING)
    add_test(NAME program.man_page_has_no_warnings
        COMMAND "${CMAKE_COMMAND}" "-DMAN=${IPSEC_ERROR_MAN}"
            "-DMAN_PAGE=${PROJECT_BINARY_DIR}/tools/ipsec-error/ipsec-error.1"
            "-DPROGRAM=$<TARGET_FILE:ipsec-error>"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/man_page.cmake")
endif()
find_program(IPSEC_ERROR_BASH bash)
if(IPSEC_ERROR_BASH AND NOT CMAKE_CROSSCOMPILING)
    add_test(NAME program.bash_completion
        COMMAND "${IPSEC_ERROR_BASH}" "${CMAKE_CURRENT_SOURCE_DIR}/completion_test.sh"
            "${PROJECT_SOURCE_DIR}/tools/ipsec-error/completion/ipsec-error.bash"
            "$<TARGET_FILE_DIR:ipsec-error>")
endif()
