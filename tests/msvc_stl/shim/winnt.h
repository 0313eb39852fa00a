// SPDX-License-Identifier: BSL-1.0
// Wine's winnt.h defines _InterlockedCompareExchange128 itself, which Clang in
// MSVC mode has as a builtin: renamed while it is read.
#pragma once
#define _InterlockedCompareExchange128 __wine_InterlockedCompareExchange128
#define _InterlockedAnd64 __wine_InterlockedAnd64
#define _InterlockedCompareExchangePointer __wine_InterlockedCompareExchangePointer
#define _InterlockedExchangePointer __wine_InterlockedExchangePointer
#define _InterlockedOr64 __wine_InterlockedOr64
#define _InterlockedXor64 __wine_InterlockedXor64
#define _InterlockedExchangeAdd64 __wine_InterlockedExchangeAdd64
#define _InterlockedExchange64 __wine_InterlockedExchange64
#define _InterlockedIncrement64 __wine_InterlockedIncrement64
#define _InterlockedDecrement64 __wine_InterlockedDecrement64
#include_next <winnt.h>
#undef _InterlockedCompareExchange128
#undef _InterlockedAnd64
#undef _InterlockedCompareExchangePointer
#undef _InterlockedExchangePointer
#undef _InterlockedOr64
#undef _InterlockedXor64
#undef _InterlockedExchangeAdd64
#undef _InterlockedExchange64
#undef _InterlockedIncrement64
#undef _InterlockedDecrement64
