// SPDX-License-Identifier: BSL-1.0
// The reference site's generator: the stages of an IPsec connection that the
// code pages draw, and which stage a code's part (record::part) belongs to.
#ifndef IPSEC_ERROR_SITE_STAGES_HPP
#define IPSEC_ERROR_SITE_STAGES_HPP

#include <ipsec_error/classification.hpp>

#include <string_view>
#include <vector>

namespace ipsec_error_site {

struct stage {
    std::string_view title;   // "IKE main mode"
    std::string_view detail;  // "IKEv2: IKE_SA_INIT + IKE_AUTH"
};

// The stages in the order a connection passes them; DoS Protection, which
// stands in front of negotiation and packets alike, last.
const std::vector<stage>& stages();

// The index of the DoS Protection stage in stages(): drawn beside the others.
std::size_t dos_protection_stage();

// The stages (indexes into stages()) where a code of this part arises: none
// for a range marker, which is no outcome.
std::vector<std::size_t> stages_of(ipsec_error::part p);

// The parts in the order of the stages, as the index groups the codes.
const std::vector<ipsec_error::part>& parts_in_stage_order();

}  // namespace ipsec_error_site

#endif
