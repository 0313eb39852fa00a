// SPDX-License-Identifier: BSL-1.0
#pragma once
#include_next <inttypes.h>
#ifdef __cplusplus
extern "C" {
#endif
#ifndef _IMAXDIV_T_DEFINED
#define _IMAXDIV_T_DEFINED
typedef struct { intmax_t quot; intmax_t rem; } _Lldiv_t_imax;
#endif
_ACRTIMP intmax_t __cdecl imaxabs(intmax_t _Number);
_ACRTIMP intmax_t __cdecl wcstoimax(const wchar_t* _String, wchar_t** _EndPtr, int _Radix);
_ACRTIMP uintmax_t __cdecl wcstoumax(const wchar_t* _String, wchar_t** _EndPtr, int _Radix);
#ifdef __cplusplus
}
#endif
