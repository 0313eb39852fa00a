// SPDX-License-Identifier: BSL-1.0
// Wine's io.h defines open and sopen as macros (the UCRT declares functions),
// which breaks std::fstream::open: undone here.
#pragma once
#include_next <io.h>
#undef open
#undef sopen
