# SPDX-License-Identifier: BSL-1.0
# Runs a program as a user does and checks its exit status and output.
# In: PROGRAM, STATUS, and optionally ARGS (separated by |), INPUT (a file for
# its standard input), OUTPUT (where its standard output goes, /dev/full to
# see a write error, instead of being checked), STDOUT_MATCH and STDERR_MATCH
# (regular expressions), EMULATOR (to run a cross-built program).
string(REPLACE "|" ";" ARGS "${ARGS}")
separate_arguments(EMULATOR)
set(redirect "")
if(DEFINED INPUT)
    list(APPEND redirect INPUT_FILE "${INPUT}")
endif()
if(DEFINED OUTPUT)
    list(APPEND redirect OUTPUT_FILE "${OUTPUT}")
else()
    list(APPEND redirect OUTPUT_VARIABLE out)
endif()
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${ARGS} ${redirect}
    RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status STREQUAL STATUS)
    message(FATAL_ERROR "exit status ${status}, expected ${STATUS}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED STDOUT_MATCH AND NOT out MATCHES "${STDOUT_MATCH}")
    message(FATAL_ERROR "stdout does not match ${STDOUT_MATCH}:\n${out}")
endif()
if(DEFINED STDERR_MATCH AND NOT err MATCHES "${STDERR_MATCH}")
    message(FATAL_ERROR "stderr does not match ${STDERR_MATCH}:\n${err}")
endif()
