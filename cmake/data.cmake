# SPDX-License-Identifier: BSL-1.0
# What the project's own files say of the data, counted from data/codes.tsv
# when CMake configures (and again whenever that file changes), so that no
# count is written by hand:
#   IPSEC_ERROR_CODE_COUNT            every code of the table (the rows)
#   IPSEC_ERROR_WINERROR_CODE_COUNT   the ERROR_IPSEC_* and WARNING_IPSEC_* codes
#   IPSEC_ERROR_WINERROR_FIRST_VALUE, IPSEC_ERROR_WINERROR_LAST_VALUE   their range
set(ipsec_error_codes_tsv "${PROJECT_SOURCE_DIR}/data/codes.tsv")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ipsec_error_codes_tsv}")
file(STRINGS "${ipsec_error_codes_tsv}" ipsec_error_code_rows REGEX "^[0-9]")
list(LENGTH ipsec_error_code_rows IPSEC_ERROR_CODE_COUNT)
list(FILTER ipsec_error_code_rows INCLUDE REGEX "^[0-9]+\t(ERROR|WARNING)_IPSEC_")
list(LENGTH ipsec_error_code_rows IPSEC_ERROR_WINERROR_CODE_COUNT)
list(GET ipsec_error_code_rows 0 ipsec_error_row)
string(REGEX MATCH "^[0-9]+" IPSEC_ERROR_WINERROR_FIRST_VALUE "${ipsec_error_row}")
list(GET ipsec_error_code_rows -1 ipsec_error_row)
string(REGEX MATCH "^[0-9]+" IPSEC_ERROR_WINERROR_LAST_VALUE "${ipsec_error_row}")
unset(ipsec_error_row)
unset(ipsec_error_code_rows)
