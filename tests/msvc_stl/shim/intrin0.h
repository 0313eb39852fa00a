// SPDX-License-Identifier: BSL-1.0
// VC++'s intrin0.h (the intrinsics MS STL needs), for Clang versions whose
// resource directory has none: Clang's intrin.h declares them.
#pragma once
#include <intrin.h>
