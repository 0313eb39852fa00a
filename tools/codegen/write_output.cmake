# SPDX-License-Identifier: BSL-1.0
# Runs PROGRAM with ARGS (separated by |) and writes its standard output to
# OUTPUT, which is left alone when the program fails.
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} OUTPUT_VARIABLE out RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed (${status}); ${OUTPUT} left as it was")
endif()
file(WRITE "${OUTPUT}" "${out}")
message(STATUS "wrote ${OUTPUT}")
