# SPDX-License-Identifier: BSL-1.0
# Runs a program and checks its exit status and output.
# In: PROGRAM, ARGS (separated by |), STATUS, and optionally STDOUT_MATCH,
# STDERR_MATCH (regular expressions), EMULATOR (to run a cross-built program).
string(REPLACE "|" ";" ARGS "${ARGS}")
separate_arguments(EMULATOR)
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${ARGS}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL STATUS)
    message(FATAL_ERROR "exit status ${status}, expected ${STATUS}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED STDOUT_MATCH AND NOT out MATCHES "${STDOUT_MATCH}")
    message(FATAL_ERROR "stdout does not match ${STDOUT_MATCH}:\n${out}")
endif()
if(DEFINED STDERR_MATCH AND NOT err MATCHES "${STDERR_MATCH}")
    message(FATAL_ERROR "stderr does not match ${STDERR_MATCH}:\n${err}")
endif()
