// SPDX-License-Identifier: BSL-1.0
// Wine's corecrt.h plus the UCRT's mbstate_t (a struct of 8 bytes, not int).
#pragma once
#include_next <corecrt.h>
#ifndef _MBSTATET_DEFINED_SHIM
#define _MBSTATET_DEFINED_SHIM
typedef struct _Mbstatet { unsigned long _Wchar; unsigned short _Byte, _State; } _Mbstatet;
typedef _Mbstatet mbstate_t;
#endif
#ifdef __cplusplus
extern "C" {
#endif
_ACRTIMP __declspec(noreturn) void __cdecl _invalid_parameter_noinfo_noreturn(void);
_ACRTIMP void __cdecl _invalid_parameter_noinfo(void);
_ACRTIMP __declspec(noreturn) void __cdecl _invoke_watson(const wchar_t* _Expression, const wchar_t* _FunctionName, const wchar_t* _FileName, unsigned int _LineNo, uintptr_t _Reserved);
#ifdef __cplusplus
}
#endif
#ifndef _CRT_SECURE_INVALID_PARAMETER
#define _CRT_SECURE_INVALID_PARAMETER(expr) ::_invalid_parameter_noinfo_noreturn()
#endif
