# SPDX-License-Identifier: BSL-1.0
# Fails when an object file holds a dynamic initialiser (code run at start-up).
# In: NM, OBJECTS
execute_process(COMMAND "${NM}" ${OBJECTS} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${NM} failed")
endif()
if(symbols MATCHES "_GLOBAL__sub_I_|__cxx_global_var_init")
    message(FATAL_ERROR "a dynamic initialiser:\n${symbols}")
endif()
message(STATUS "no dynamic initialiser in ${OBJECTS}")
