// SPDX-License-Identifier: BSL-1.0
// Windows SDK version header that Boost.Predef reads (values of SDK 10.0.22621).
#pragma once
#define VER_PRODUCTBUILD 22621
#define VER_PRODUCTBUILD_QFE 0
#define VER_PRODUCTMAJORVERSION 10
#define VER_PRODUCTMINORVERSION 0
