# SPDX-License-Identifier: BSL-1.0
# The site's codes.json: what `ipsec-error --json --list` prints.
#   cmake -DTOOL=path/to/ipsec-error -DOUT=site/codes.json -P site_codes_json.cmake
execute_process(COMMAND "${TOOL}" --json --list OUTPUT_FILE "${OUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE "${OUT}")
    message(FATAL_ERROR "${TOOL} --json --list failed: ${status}")
endif()
