# SPDX-License-Identifier: BSL-1.0
# Compiles and runs the consumer with the flags of the installed ipsec_error.pc.
# In: PKG_CONFIG, PREFIX, COMPILER, SOURCE, OUTPUT
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --cflags ipsec_error
    OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know ipsec_error")
endif()
execute_process(COMMAND "${PKG_CONFIG}" --modversion ipsec_error OUTPUT_VARIABLE version)
message(STATUS "pkg-config: ipsec_error ${version} with ${cflags}")
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(COMMAND "${COMPILER}" -std=c++17 ${cflags} "${SOURCE}" -o "${OUTPUT}"
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the consumer does not compile with pkg-config's flags")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the consumer failed")
endif()
