# SPDX-License-Identifier: BSL-1.0
# Runs ipsec-error --scan with --jobs 1 and with --jobs JOBS on the same files
# and checks that both write the same bytes to stdout and stderr and exit
# with the same status, STATUS.
# In: PROGRAM, STATUS, JOBS, ARGS (separated by |: the options and files),
# EMULATOR (to run a cross-built program).
string(REPLACE "|" ";" ARGS "${ARGS}")
separate_arguments(EMULATOR)
foreach(jobs 1 ${JOBS})
    execute_process(COMMAND ${EMULATOR} "${PROGRAM}" --scan --jobs ${jobs} ${ARGS}
        RESULT_VARIABLE status_${jobs} OUTPUT_VARIABLE out_${jobs} ERROR_VARIABLE err_${jobs})
endforeach()
if(NOT status_1 STREQUAL STATUS OR NOT status_${JOBS} STREQUAL STATUS)
    message(FATAL_ERROR "exit status ${status_1} with --jobs 1 and ${status_${JOBS}} with "
        "--jobs ${JOBS}, expected ${STATUS}\nstderr:\n${err_${JOBS}}")
endif()
if(NOT out_1 STREQUAL out_${JOBS})
    message(FATAL_ERROR "stdout differs with --jobs ${JOBS}:\n${out_${JOBS}}\n"
        "with --jobs 1:\n${out_1}")
endif()
if(NOT err_1 STREQUAL err_${JOBS})
    message(FATAL_ERROR "stderr differs with --jobs ${JOBS}:\n${err_${JOBS}}\n"
        "with --jobs 1:\n${err_1}")
endif()
string(LENGTH "${out_1}" length)
message("the same ${length} bytes of output, exit status ${STATUS}")
