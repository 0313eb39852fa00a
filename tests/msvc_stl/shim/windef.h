// SPDX-License-Identifier: BSL-1.0
// Wine's windef.h defines inline as __inline for _MSC_VER, which MS STL's
// xkeycheck.h rejects in C++; the SDK's windef.h does not.
#pragma once
#include_next <windef.h>
#ifdef __cplusplus
#undef inline
#endif
