// SPDX-License-Identifier: BSL-1.0
// The category objects are constant-initialised where
// IPSEC_ERROR_CONSTANT_INIT_CATEGORY says so. With C++20's constinit, a
// category object at namespace scope that the compiler cannot build as a
// constant is a compile error: this file then fails to build, which is the
// proof. Without constinit, or where the macro is 0, the proof cannot be
// made and the case reports itself skipped.
#include <doctest/doctest.h>
#include <ipsec_error/ipsec_error.hpp>

#include <ostream>  // doctest prints std::error_code
#include <string>
#include <system_error>

#if defined(__cpp_constinit) && IPSEC_ERROR_CONSTANT_INIT_CATEGORY
#define IPSEC_ERROR_TEST_CONSTINIT 1
#else
#define IPSEC_ERROR_TEST_CONSTINIT 0
#endif

namespace {

// Which of the library's constructors the build uses, for the report.
constexpr const char* construction =
    IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY
        ? "numbered (Microsoft's STL before VS 2022 17.5: its constexpr error_category(uintptr_t))"
        : "defaulted (constexpr where std::error_category's default constructor is)";

#if IPSEC_ERROR_TEST_CONSTINIT
// The same classes that ipsec_category() and condition_category() hold in
// function-local statics; their destructors never run before the program ends.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wexit-time-destructors"
#endif
constinit const ipsec_error::detail::ipsec_category_impl constant_ipsec_category;
constinit const ipsec_error::detail::condition_category_impl constant_condition_category;
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
#endif

}  // namespace

TEST_CASE("the categories are constant-initialised" * doctest::skip(!IPSEC_ERROR_TEST_CONSTINIT)) {
    MESSAGE("category construction: " << std::string(construction));
#if IPSEC_ERROR_TEST_CONSTINIT
    // Objects built as constants behave as the categories the library hands out.
    CHECK(std::string(constant_ipsec_category.name()) == ipsec_error::ipsec_category().name());
    CHECK(constant_ipsec_category.message(13801) == ipsec_error::ipsec_category().message(13801));
    CHECK(std::string(constant_condition_category.name()) ==
          ipsec_error::condition_category().name());
    const std::error_code copy(13801, constant_ipsec_category);
    CHECK(copy == ipsec_error::condition::authentication_failed);
    CHECK(ipsec_error::to_errc(copy) == ipsec_error::errc::ike_auth_fail);
    // A second copy of a category compares equal to the first only where its
    // identity is a number (as in a program with one copy per DLL).
    CHECK((constant_ipsec_category == ipsec_error::ipsec_category()) ==
          static_cast<bool>(IPSEC_ERROR_MSVC_STL_NUMBERED_CATEGORY));
    CHECK(constant_ipsec_category != constant_condition_category);
    CHECK(ipsec_error::ipsec_category() != ipsec_error::condition_category());
#endif
}

TEST_CASE("the two categories stay apart, whichever way they are built") {
    MESSAGE("category construction: " << std::string(construction) << "; constant initialisation "
                                      << std::string(IPSEC_ERROR_TEST_CONSTINIT
                                                         ? "proven by constinit"
                                                         : "not provable here"));
    const std::error_category& codes = ipsec_error::ipsec_category();
    const std::error_category& conditions = ipsec_error::condition_category();
    CHECK(codes == ipsec_error::ipsec_category());
    CHECK(codes != conditions);
    CHECK(((codes < conditions) != (conditions < codes)));
    CHECK(codes != std::generic_category());
    CHECK(codes != std::system_category());
    CHECK(conditions != std::generic_category());
    CHECK(conditions != std::system_category());
    CHECK(std::error_code(13801, codes) != std::error_code(13801, conditions));
}
