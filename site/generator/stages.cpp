// SPDX-License-Identifier: BSL-1.0
#include "stages.hpp"

namespace ipsec_error_site {

namespace {
enum stage_index : std::size_t { policy, main_mode, extended_mode, quick_mode, packets, dos };
}  // namespace

const std::vector<stage>& stages() {
    static const std::vector<stage> all = {
        {"Policy", "rules, filters, policy store"},
        {"IKE main mode", "IKEv2: IKE_SA_INIT + IKE_AUTH"},
        {"AuthIP extended mode", "second authentication"},
        {"Quick mode", "IKEv2: CREATE_CHILD_SA"},
        {"ESP / AH packet path", "IPsec driver"},
        {"DoS Protection", "in front of the rest"},
    };
    return all;
}

std::size_t dos_protection_stage() { return dos; }

std::vector<std::size_t> stages_of(ipsec_error::part p) {
    using ipsec_error::part;
    switch (p) {
        case part::policy_store:
        case part::winsock: return {policy};
        case part::main_mode: return {main_mode};
        case part::extended_mode: return {extended_mode};
        case part::quick_mode: return {quick_mode};
        case part::ike: return {main_mode, extended_mode, quick_mode};
        case part::packet_path: return {packets};
        case part::dos_protection: return {dos};
        case part::range_marker: return {};
    }
    return {};
}

const std::vector<ipsec_error::part>& parts_in_stage_order() {
    using ipsec_error::part;
    static const std::vector<part> order = {
        part::policy_store,  part::winsock,        part::main_mode,
        part::extended_mode, part::quick_mode,     part::ike,
        part::packet_path,   part::dos_protection, part::range_marker,
    };
    return order;
}

}  // namespace ipsec_error_site
