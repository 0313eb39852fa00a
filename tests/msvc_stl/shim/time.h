// SPDX-License-Identifier: BSL-1.0
#pragma once
#include_next <time.h>
#ifndef _CRT_TIMESPEC_DEFINED
#define _CRT_TIMESPEC_DEFINED
struct timespec { time_t tv_sec; long tv_nsec; };
#endif
#ifdef __cplusplus
extern "C" {
#endif
_ACRTIMP int __cdecl _timespec64_get(struct timespec* _Ts, int _Base);
_ACRTIMP errno_t __cdecl _gmtime64_s(struct tm* _Tm, const __time64_t* _Time);
#ifdef _USE_32BIT_TIME_T
_ACRTIMP errno_t __cdecl _gmtime32_s(struct tm* _Tm, const __time32_t* _Time);
static __inline errno_t __cdecl gmtime_s(struct tm* _Tm, const time_t* _Time) { return _gmtime32_s(_Tm, _Time); }
static __inline errno_t __cdecl localtime_s(struct tm* _Tm, const time_t* _Time) { return _localtime32_s(_Tm, _Time); }
#else
static __inline errno_t __cdecl gmtime_s(struct tm* _Tm, const time_t* _Time) { return _gmtime64_s(_Tm, _Time); }
static __inline errno_t __cdecl localtime_s(struct tm* _Tm, const time_t* _Time) { return _localtime64_s(_Tm, _Time); }
#endif
static __inline int __cdecl timespec_get(struct timespec* _Ts, int _Base) { return _timespec64_get(_Ts, _Base); }
#ifdef __cplusplus
}
#endif
