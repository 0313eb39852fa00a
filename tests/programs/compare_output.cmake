# SPDX-License-Identifier: BSL-1.0
# Runs a program and compares its output with a committed file.
# In: PROGRAM, ARGS, FILE, OUTPUT (where to write what it printed), EMULATOR
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${ARGS} OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the program failed with ${status}")
endif()
file(READ "${OUTPUT}" generated)
file(READ "${FILE}" committed)
string(REPLACE "\r\n" "\n" generated "${generated}")  # a Windows build writes CRLF
if(NOT generated STREQUAL committed)
    message(FATAL_ERROR "${FILE} is stale: regenerate it with\n"
        "  ./build/tools/ipsec-error/ipsec-error --markdown > docs/errors.md")
endif()
