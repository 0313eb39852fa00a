// SPDX-License-Identifier: BSL-1.0
// Wine's stdio.h plus the C99 v*scanf functions it lacks.
#pragma once
#include_next <stdio.h>
#ifdef __cplusplus
extern "C" {
#endif
int __cdecl vfscanf(FILE* _Stream, const char* _Format, va_list _Args);
int __cdecl vscanf(const char* _Format, va_list _Args);
int __cdecl vsscanf(const char* _Buffer, const char* _Format, va_list _Args);
_ACRTIMP int __cdecl vsnprintf_s(char* _Buffer, size_t _BufferCount, size_t _MaxCount, const char* _Format, va_list _Args);
_ACRTIMP errno_t __cdecl _get_stream_buffer_pointers(FILE* _Stream, char*** _Base, char*** _Ptr, int** _Count);
#ifdef __cplusplus
}
#endif
