// SPDX-License-Identifier: BSL-1.0
// ipsec-error, internal: the troubleshooting entries, one per code, in the
// order of the table; their text is in troubleshooting_blocks.hpp. Written by
// tests/generate_table.cpp from tests/troubleshooting_source.hpp; do not edit.
// Include <ipsec_error/troubleshooting.hpp>, which looks entries up.
#ifndef IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP
#define IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP

#include <array>

#include <ipsec_error/detail/table.hpp>
#include <ipsec_error/detail/troubleshooting_blocks.hpp>
#include <ipsec_error/errc.hpp>
#include <ipsec_error/troubleshooting_entry.hpp>

namespace ipsec_error {
inline namespace v1 {
namespace detail {

// clang-format off
// Each entry: the summary; the code; the causes and the actions, each as
// packed_text_lines::where (block, offset, length, as the comment above says);
// the values of the related codes.
inline constexpr std::array<troubleshooting, row_count> troubleshooting_entries{{
    // 11033: causes at 0:175 (440), actions at 0:615 (398)
    {{troubleshooting_text_0 + 0, 175}, errc::name_policy_error, {0x000AF1B8u}, {0x0026718Eu},
     {{13825, 13801}}},
    // 13000: causes at 0:1186 (174), actions at 0:1360 (356)
    {{troubleshooting_text_0 + 1013, 173}, errc::qm_policy_exists, {0x004A20AEu}, {0x00550164u},
     {{13002, 13001, 13023, 13003}}},
    // 13001: causes at 0:1874 (190), actions at 0:2064 (335)
    {{troubleshooting_text_0 + 1716, 158}, errc::qm_policy_not_found, {0x007520BEu}, {0x0081014Fu},
     {{13000, 13015, 13009, 13017, 13004}}},
    // 13002: causes at 0:2552 (214), actions at 0:2766 (306)
    {{troubleshooting_text_0 + 2399, 153}, errc::qm_policy_in_use, {0x009F80D6u}, {0x00ACE132u},
     {{13005, 13012, 13019, 13020, 13001}}},
    // 13003: causes at 0:3244 (184), actions at 0:3428 (394)
    {{troubleshooting_text_0 + 3072, 172}, errc::mm_policy_exists, {0x00CAC0B8u}, {0x00D6418Au},
     {{13005, 13004, 13021, 13000, 13010}}},
    // 13004: causes at 0:3989 (180), actions at 0:4169 (328)
    {{troubleshooting_text_0 + 3822, 167}, errc::mm_policy_not_found, {0x00F950B4u}, {0x01049148u},
     {{13003, 13013, 13007, 13011, 13001}}},
    // 13005: causes at 0:4639 (234), actions at 0:4873 (317)
    {{troubleshooting_text_0 + 4497, 142}, errc::mm_policy_in_use, {0x0121F0EAu}, {0x0130913Du},
     {{13002, 13012, 13018, 13004}}},
    // 13006: causes at 0:5438 (221), actions at 0:5659 (333)
    {{troubleshooting_text_0 + 5190, 248}, errc::mm_filter_exists, {0x0153E0DDu}, {0x0161B14Du},
     {{13007, 13018, 13008, 13016}}},
    // 13007: causes at 0:6161 (213), actions at 0:6374 (253)
    {{troubleshooting_text_0 + 5992, 169}, errc::mm_filter_not_found, {0x018110D5u}, {0x018E60FDu},
     {{13006, 13018, 13004, 13009}}},
    // 13008: causes at 0:6837 (206), actions at 0:7043 (327)
    {{troubleshooting_text_0 + 6627, 210}, errc::transport_filter_exists, {0x01AB50CEu}, {0x01B83147u},
     {{13009, 13019, 13016, 13006}}},
    // 13009: causes at 0:7553 (257), actions at 0:7810 (346)
    {{troubleshooting_text_0 + 7370, 183}, errc::transport_filter_not_found, {0x01D81101u}, {0x01E8215Au},
     {{13008, 13019, 13001, 13017}}},
    // 13010: causes at 0:8345 (204), actions at 0:8549 (237)
    {{troubleshooting_text_0 + 8156, 189}, errc::mm_auth_exists, {0x020990CCu}, {0x021650EDu},
     {{13011, 13012, 13022, 13003}}},
    // 13011: causes at 0:8948 (235), actions at 0:9183 (331)
    {{troubleshooting_text_0 + 8786, 162}, errc::mm_auth_not_found, {0x022F40EBu}, {0x023DF14Bu},
     {{13010, 13014, 13007, 13004}}},
    // 13012: causes at 0:9659 (220), actions at 0:9879 (311)
    {{troubleshooting_text_0 + 9514, 145}, errc::mm_auth_in_use, {0x025BB0DCu}, {0x02697137u},
     {{13005, 13002, 13018, 13011}}},
    // 13013: causes at 0:10419 (238), actions at 0:10657 (275)
    {{troubleshooting_text_0 + 10190, 229}, errc::default_mm_policy_not_found, {0x028B30EEu}, {0x029A1113u},
     {{13014, 13015, 13004, 13850}}},
    // 13014: causes at 0:11162 (209), actions at 0:11371 (276)
    {{troubleshooting_text_0 + 10932, 230}, errc::default_mm_auth_not_found, {0x02B9A0D1u}, {0x02C6B114u},
     {{13013, 13011, 13015, 13010}}},
    // 13015: causes at 0:11894 (242), actions at 0:12136 (279)
    {{troubleshooting_text_0 + 11647, 247}, errc::default_qm_policy_not_found, {0x02E760F2u}, {0x02F68117u},
     {{13013, 13001, 13014, 13000}}},
    // 13016: causes at 0:12613 (195), actions at 0:12808 (319)
    {{troubleshooting_text_0 + 12415, 198}, errc::tunnel_filter_exists, {0x031450C3u}, {0x0320813Fu},
     {{13017, 13020, 13008, 13006}}},
    // 13017: causes at 0:13291 (263), actions at 0:13554 (343)
    {{troubleshooting_text_0 + 13127, 164}, errc::tunnel_filter_not_found, {0x033EB107u}, {0x034F2157u},
     {{13016, 13020, 13009, 13001}}},
    // 13018: causes at 0:14088 (275), actions at 0:14363 (237)
    {{troubleshooting_text_0 + 13897, 191}, errc::mm_filter_pending_deletion, {0x03708113u}, {0x0381B0EDu},
     {{13019, 13020, 13007, 13005, 13012}}},
    // 13019: causes at 0:14796 (238), actions at 0:15034 (236)
    {{troubleshooting_text_0 + 14600, 196}, errc::transport_filter_pending_deletion, {0x039CC0EEu}, {0x03ABA0ECu},
     {{13018, 13020, 13009, 13002}}},
    // 13020: causes at 0:15463 (242), actions at 0:15705 (233)
    {{troubleshooting_text_0 + 15270, 193}, errc::tunnel_filter_pending_deletion, {0x03C670F2u}, {0x03D590E9u},
     {{13018, 13019, 13017, 13002}}},
    // 13021: causes at 0:16180 (190), actions at 0:16370 (287)
    {{troubleshooting_text_0 + 15938, 242}, errc::mm_policy_pending_deletion, {0x03F340BEu}, {0x03FF211Fu},
     {{13005, 13004, 13018, 13023, 13022}}},
    // 13022: causes at 0:16909 (168), actions at 0:17077 (279)
    {{troubleshooting_text_0 + 16657, 252}, errc::mm_auth_pending_deletion, {0x0420D0A8u}, {0x042B5117u},
     {{13012, 13011, 13021, 13018}}},
    // 13023: causes at 0:17599 (190), actions at 0:17789 (298)
    {{troubleshooting_text_0 + 17356, 243}, errc::qm_policy_pending_deletion, {0x044BF0BEu}, {0x0457D12Au},
     {{13002, 13001, 13019, 13020, 13021}}},
    // 13024: causes at 0:18287 (193), actions at 0:18480 (338)
    {{troubleshooting_text_0 + 18087, 200}, errc::mm_policy_pruned, {0x0476F0C1u}, {0x04830152u},
     {{13025, 13003, 13850, 13802, 13831}}},
    // 13025: causes at 0:19019 (282), actions at 0:19301 (329)
    {{troubleshooting_text_0 + 18818, 201}, errc::qm_policy_pruned, {0x04A4B11Au}, {0x04B65149u},
     {{13024, 13000, 13802, 13831, 13825}}},
    // 13800: causes at 0:19854 (180), actions at 0:20034 (354)
    {{troubleshooting_text_0 + 19630, 224}, errc::ike_neg_status_begin, {0x04D8E0B4u}, {0x04E42162u},
     {{13897, 13909}}},
    // 13801: causes at 0:20586 (316), actions at 0:20902 (545)
    {{troubleshooting_text_0 + 20388, 198}, errc::ike_auth_fail, {0x0506A13Cu}, {0x051A6221u},
     {{13806, 13847, 13887, 13818, 13817, 13827}}},
    // 13802: causes at 0:21601 (347), actions at 0:21948 (536)
    {{troubleshooting_text_0 + 21447, 154}, errc::ike_attrib_fail, {0x0546115Bu}, {0x055BC218u},
     {{13868, 13865, 13873, 13830, 13801}}},
    // 13803: causes at 0:22678 (283), actions at 0:22961 (366)
    {{troubleshooting_text_0 + 22484, 194}, errc::ike_negotiation_pending, {0x0589611Bu}, {0x059B116Eu},
     {{13805, 13901, 13814, 13815}}},
    // 13804: causes at 0:23567 (296), actions at 0:23863 (468)
    {{troubleshooting_text_0 + 23327, 240}, errc::ike_general_processing_error, {0x05C0F128u}, {0x05D371D4u},
     {{13816, 13843, 13801, 13802}}},
    // 13805: causes at 0:24470 (259), actions at 0:24729 (452)
    {{troubleshooting_text_0 + 24331, 139}, errc::ike_timed_out, {0x05F96103u}, {0x060991C4u},
     {{13813, 13814, 13815, 13886, 13803}}},
    // 13806: causes at 0:25356 (379), actions at 0:25735 (493)
    {{troubleshooting_text_0 + 25181, 175}, errc::ike_no_cert, {0x0630C17Bu}, {0x064871EDu},
     {{13820, 13847, 13887, 13801, 13818}}},
    // 13807: causes at 0:26469 (266), actions at 0:26735 (450)
    {{troubleshooting_text_0 + 26228, 241}, errc::ike_sa_deleted, {0x0676510Au}, {0x0686F1C2u},
     {{13808, 13801, 13802, 13805}}},
    // 13808: causes at 0:27439 (245), actions at 0:27684 (443)
    {{troubleshooting_text_0 + 27185, 254}, errc::ike_sa_reaped, {0x06B2F0F5u}, {0x06C241BBu},
     {{13807, 13805, 13814, 13813, 13849}}},
    // 13809: causes at 0:28377 (328), actions at 0:28705 (350)
    {{troubleshooting_text_0 + 28127, 250}, errc::ike_mm_acquire_drop, {0x06ED9148u}, {0x0702115Eu},
     {{13810, 13812, 13814, 13805}}},
    // 13810: causes at 0:29305 (266), actions at 0:29571 (357)
    {{troubleshooting_text_0 + 29055, 250}, errc::ike_qm_acquire_drop, {0x0727910Au}, {0x07383165u},
     {{13809, 13811, 13815, 13805}}},
    // 13811: causes at 0:30160 (302), actions at 0:30462 (385)
    {{troubleshooting_text_0 + 29928, 232}, errc::ike_queue_drop_mm, {0x075D012Eu}, {0x076FE181u},
     {{13812, 13810, 13815, 13886}}},
    // 13812: causes at 0:31045 (318), actions at 0:31363 (442)
    {{troubleshooting_text_0 + 30847, 198}, errc::ike_queue_drop_no_mm, {0x0794513Eu}, {0x07A831BAu},
     {{13811, 13809, 13814, 13813}}},
    // 13813: causes at 0:32000 (310), actions at 0:32310 (357)
    {{troubleshooting_text_0 + 31805, 195}, errc::ike_drop_no_response, {0x07D00136u}, {0x07E36165u},
     {{13805, 13886, 13814, 13903}}},
    // 13814: causes at 0:32904 (315), actions at 0:33219 (438)
    {{troubleshooting_text_0 + 32667, 237}, errc::ike_mm_delay_drop, {0x0808813Bu}, {0x081C31B6u},
     {{13815, 13809, 13805, 13813}}},
    // 13815: causes at 0:33907 (307), actions at 0:34214 (411)
    {{troubleshooting_text_0 + 33657, 250}, errc::ike_qm_delay_drop, {0x08473133u}, {0x085A619Bu},
     {{13814, 13810, 13860, 13805}}},
    // 13816: causes at 0:34794 (278), actions at 0:35072 (575)
    {{troubleshooting_text_0 + 34625, 169}, errc::ike_error, {0x087EA116u}, {0x0890023Fu},
     {{13804, 13805, 13891}}},
    // 13817: causes at 0:35874 (320), actions at 0:36194 (479)
    {{troubleshooting_text_0 + 35647, 227}, errc::ike_crl_failed, {0x08C22140u}, {0x08D621DFu},
     {{13848, 13801, 13806, 13887}}},
    // 13818: causes at 0:36815 (400), actions at 0:37215 (448)
    {{troubleshooting_text_0 + 36673, 142}, errc::ike_invalid_key_usage, {0x08FCF190u}, {0x0915F1C0u},
     {{13801, 13806, 13819, 13847}}},
    // 13819: causes at 0:37800 (328), actions at 0:38128 (486)
    {{troubleshooting_text_0 + 37663, 137}, errc::ike_invalid_cert_type, {0x093A8148u}, {0x094F01E6u},
     {{13818, 13828, 13881, 13801, 13835}}},
    // 13820: causes at 0:38799 (342), actions at 0:39141 (409)
    {{troubleshooting_text_0 + 38614, 185}, errc::ike_no_private_key, {0x0978F156u}, {0x098E5199u},
     {{13806, 13847, 13801}}},
    // 13821: causes at 0:39767 (305), actions at 0:40072 (359)
    {{troubleshooting_text_0 + 39550, 217}, errc::ike_simultaneous_rekey, {0x09B57131u}, {0x09C88167u},
     {{13885, 13895, 13807, 13803}}},
    // 13822: causes at 0:40630 (269), actions at 0:40899 (496)
    {{troubleshooting_text_0 + 40431, 199}, errc::ike_dh_fail, {0x09EB610Du}, {0x09FC31F0u},
     {{13864, 13865, 13833, 13804}}},
    // 13823: causes at 0:41625 (299), actions at 0:41924 (342)
    {{troubleshooting_text_0 + 41395, 230}, errc::ike_critical_payload_not_recognized, {0x0A29912Bu}, {0x0A3C4156u},
     {{13843, 13824, 13880}}},
    // 13824: causes at 0:42467 (323), actions at 0:42790 (390)
    {{troubleshooting_text_0 + 42266, 201}, errc::ike_invalid_header, {0x0A5E3143u}, {0x0A726186u},
     {{13880, 13846, 13888, 13843, 13927}}},
    // 13825: causes at 0:43413 (337), actions at 0:43750 (681)
    {{troubleshooting_text_0 + 43180, 233}, errc::ike_no_policy, {0x0A995151u}, {0x0AAE62A9u},
     {{13850, 13868, 13861, 13883}}},
    // 13826: causes at 0:44643 (239), actions at 0:44882 (502)
    {{troubleshooting_text_0 + 44431, 212}, errc::ike_invalid_signature, {0x0AE630EFu}, {0x0AF521F6u},
     {{13875, 13838, 13801, 13870}}},
    // 13827: causes at 0:45579 (364), actions at 0:45943 (429)
    {{troubleshooting_text_0 + 45384, 195}, errc::ike_kerberos_error, {0x0B20B16Cu}, {0x0B3771ADu},
     {{13855, 13856, 13854, 13801, 13889}}},
    // 13828: causes at 0:46558 (248), actions at 0:46806 (416)
    {{troubleshooting_text_0 + 46372, 186}, errc::ike_no_public_key, {0x0B5DE0F8u}, {0x0B6D61A0u},
     {{13819, 13826, 13847, 13835, 13801}}},
    // 13829: causes at 0:47445 (274), actions at 0:47719 (401)
    {{troubleshooting_text_0 + 47222, 223}, errc::ike_process_err, {0x0B955112u}, {0x0BA67191u},
     {{13840, 13867, 13801, 13802}}},
    // 13830: causes at 0:48369 (327), actions at 0:48696 (394)
    {{troubleshooting_text_0 + 48120, 249}, errc::ike_process_err_sa, {0x0BCF1147u}, {0x0BE3818Au},
     {{13831, 13832, 13862, 13863, 13802}}},
    // 13831: causes at 0:49288 (275), actions at 0:49563 (339)
    {{troubleshooting_text_0 + 49090, 198}, errc::ike_process_err_prop, {0x0C088113u}, {0x0C19B153u},
     {{13830, 13832, 13802}}},
    // 13832: causes at 0:50158 (335), actions at 0:50493 (404)
    {{troubleshooting_text_0 + 49902, 256}, errc::ike_process_err_trans, {0x0C3EE14Fu}, {0x0C53D194u},
     {{13831, 13802, 13873, 13871, 13874}}},
    // 13833: causes at 0:51077 (350), actions at 0:51427 (368)
    {{troubleshooting_text_0 + 50897, 180}, errc::ike_process_err_ke, {0x0C78515Eu}, {0x0C8E3170u},
     {{13822, 13864, 13865, 13839}}},
    // 13834: causes at 0:52049 (249), actions at 0:52298 (385)
    {{troubleshooting_text_0 + 51795, 254}, errc::ike_process_err_id, {0x0CB510F9u}, {0x0CC4A181u},
     {{13869, 13825, 13801, 13835}}},
    // 13835: causes at 0:52906 (314), actions at 0:53220 (405)
    {{troubleshooting_text_0 + 52683, 223}, errc::ike_process_err_cert, {0x0CEAA13Au}, {0x0CFE4195u},
     {{13836, 13847, 13819, 13838, 13805}}},
    // 13836: causes at 0:53840 (266), actions at 0:54106 (403)
    {{troubleshooting_text_0 + 53625, 215}, errc::ike_process_err_cert_req, {0x0D25010Au}, {0x0D35A193u},
     {{13835, 13806, 13887, 13819}}},
    // 13837: causes at 0:54736 (325), actions at 0:55061 (380)
    {{troubleshooting_text_0 + 54509, 227}, errc::ike_process_err_hash, {0x0D5D0145u}, {0x0D71517Cu},
     {{13870, 13872, 13871, 13867, 13801}}},
    // 13838: causes at 0:55668 (247), actions at 0:55915 (401)
    {{troubleshooting_text_0 + 55441, 227}, errc::ike_process_err_sig, {0x0D9740F7u}, {0x0DA6B191u},
     {{13826, 13835, 13828, 13801}}},
    // 13839: causes at 0:56557 (174), actions at 0:56731 (269)
    {{troubleshooting_text_0 + 56316, 241}, errc::ike_process_err_nonce, {0x0DCED0AEu}, {0x0DD9B10Du},
     {{13833, 13843, 13804}}},
    // 13840: causes at 0:57248 (281), actions at 0:57529 (285)
    {{troubleshooting_text_0 + 57000, 248}, errc::ike_process_err_notify, {0x0DFA0119u}, {0x0E0B911Du},
     {{13829, 13841, 13879, 13867}}},
    // 13841: causes at 0:58023 (261), actions at 0:58284 (347)
    {{troubleshooting_text_0 + 57814, 209}, errc::ike_process_err_delete, {0x0E2A7105u}, {0x0E3AC15Bu},
     {{13840, 13807, 13885, 13910}}},
    // 13842: causes at 0:58884 (174), actions at 0:59058 (268)
    {{troubleshooting_text_0 + 58631, 253}, errc::ike_process_err_vendor, {0x0E6040AEu}, {0x0E6B210Cu},
     {{13893, 13843, 13823}}},
    // 13843: causes at 0:59536 (371), actions at 0:59907 (352)
    {{troubleshooting_text_0 + 59326, 210}, errc::ike_invalid_payload, {0x0E890173u}, {0x0EA03160u},
     {{13824, 13823, 13867, 13804}}},
    // 13844: causes at 0:60517 (300), actions at 0:60817 (369)
    {{troubleshooting_text_0 + 60259, 258}, errc::ike_load_soft_sa, {0x0EC6512Cu}, {0x0ED91171u},
     {{13845, 13813, 13805}}},
    // 13845: causes at 0:61411 (188), actions at 0:61599 (330)
    {{troubleshooting_text_0 + 61186, 225}, errc::ike_soft_sa_torn_down, {0x0EFE30BCu}, {0x0F09F14Au},
     {{13844, 13849}}},
    // 13846: causes at 0:62146 (286), actions at 0:62432 (310)
    {{troubleshooting_text_0 + 61929, 217}, errc::ike_invalid_cookie, {0x0F2C211Eu}, {0x0F3E0136u},
     {{13807, 13885, 13886, 13888, 13890}}},
    // 13847: causes at 0:62943 (305), actions at 0:63248 (433)
    {{troubleshooting_text_0 + 62742, 201}, errc::ike_no_peer_cert, {0x0F5DF131u}, {0x0F7101B1u},
     {{13806, 13887, 13835, 13836, 13801}}},
    // 13848: causes at 0:63899 (348), actions at 0:64247 (416)
    {{troubleshooting_text_0 + 63681, 218}, errc::ike_peer_crl_failed, {0x0F99B15Cu}, {0x0FAF71A0u},
     {{13817, 13801, 13847, 13887}}},
    // 13849: causes at 1:216 (249), actions at 1:465 (544)
    {{troubleshooting_text_1 + 0, 216}, errc::ike_policy_change, {0x100D80F9u}, {0x101D1220u},
     {{13808, 13894, 13877, 13857}}},
    // 13850: causes at 1:1174 (423), actions at 1:1597 (410)
    {{troubleshooting_text_1 + 1009, 165}, errc::ike_no_mm_policy, {0x104961A7u}, {0x1063D19Au},
     {{13825, 13861, 13004, 13013}}},
    // 13851: causes at 1:2237 (227), actions at 1:2464 (359)
    {{troubleshooting_text_1 + 2007, 230}, errc::ike_notcbpriv, {0x108BD0E3u}, {0x109A0167u},
     {{13852, 13853, 13855}}},
    // 13852: causes at 1:3075 (103), actions at 1:3178 (280)
    {{troubleshooting_text_1 + 2823, 252}, errc::ike_secloadfail, {0x10C03067u}, {0x10C6A118u},
     {{13853, 13854, 13851, 13827}}},
    // 13853: causes at 1:3663 (179), actions at 1:3842 (311)
    {{troubleshooting_text_1 + 3458, 205}, errc::ike_failsspinit, {0x10E4F0B3u}, {0x10F02137u},
     {{13852, 13854, 13827}}},
    // 13854: causes at 1:4372 (156), actions at 1:4528 (283)
    {{troubleshooting_text_1 + 4153, 219}, errc::ike_failqueryssp, {0x1111409Cu}, {0x111B011Bu},
     {{13827, 13853, 13852, 13855}}},
    // 13855: causes at 1:5015 (231), actions at 1:5246 (404)
    {{troubleshooting_text_1 + 4811, 204}, errc::ike_srvacqfail, {0x113970E7u}, {0x1147E194u},
     {{13827, 13856, 13854}}},
    // 13856: causes at 1:5866 (215), actions at 1:6081 (242)
    {{troubleshooting_text_1 + 5650, 216}, errc::ike_srvquerycred, {0x116EA0D7u}, {0x117C10F2u},
     {{13855, 13827, 13854}}},
    // 13857: causes at 1:6581 (267), actions at 1:6848 (419)
    {{troubleshooting_text_1 + 6323, 258}, errc::ike_getspifail, {0x119B510Bu}, {0x11AC01A3u},
     {{13858, 13860, 13849, 13896}}},
    // 13858: causes at 1:7453 (261), actions at 1:7714 (354)
    {{troubleshooting_text_1 + 7267, 186}, errc::ike_invalid_filter, {0x11D1D105u}, {0x11E22162u},
     {{13857, 13896, 13861, 13825}}},
    // 13859: causes at 1:8226 (221), actions at 1:8447 (387)
    {{troubleshooting_text_1 + 8068, 158}, errc::ike_out_of_memory, {0x120220DDu}, {0x120FF183u},
     {{13896, 13882, 13890, 13860}}},
    // 13860: causes at 1:9044 (204), actions at 1:9248 (521)
    {{troubleshooting_text_1 + 8834, 210}, errc::ike_add_update_key_failed, {0x123540CCu}, {0x12420209u},
     {{13815, 13857, 13849, 13859}}},
    // 13861: causes at 1:9948 (345), actions at 1:10293 (402)
    {{troubleshooting_text_1 + 9769, 179}, errc::ike_invalid_policy, {0x126DC159u}, {0x12835192u},
     {{13825, 13850, 13868, 13024, 13025}}},
    // 13862: causes at 1:10866 (207), actions at 1:11073 (244)
    {{troubleshooting_text_1 + 10695, 171}, errc::ike_unknown_doi, {0x12A720CFu}, {0x12B410F4u},
     {{13863, 13830, 13843}}},
    // 13863: causes at 1:11544 (156), actions at 1:11700 (261)
    {{troubleshooting_text_1 + 11317, 227}, errc::ike_invalid_situation, {0x12D1809Cu}, {0x12DB4105u},
     {{13862, 13830, 13843}}},
    // 13864: causes at 1:12197 (232), actions at 1:12429 (564)
    {{troubleshooting_text_1 + 11961, 236}, errc::ike_dh_failure, {0x12FA50E8u}, {0x1308D234u},
     {{13822, 13865, 13833, 13802}}},
    // 13865: causes at 1:13217 (336), actions at 1:13553 (506)
    {{troubleshooting_text_1 + 12993, 224}, errc::ike_invalid_group, {0x133A1150u}, {0x134F11FAu},
     {{13864, 13822, 13802, 13868}}},
    // 13866: causes at 1:14238 (245), actions at 1:14483 (341)
    {{troubleshooting_text_1 + 14059, 179}, errc::ike_encrypt, {0x1379E0F5u}, {0x13893155u},
     {{13867, 13873, 13859, 13804}}},
    // 13867: causes at 1:15059 (341), actions at 1:15400 (382)
    {{troubleshooting_text_1 + 14824, 235}, errc::ike_decrypt, {0x13AD3155u}, {0x13C2817Eu},
     {{13866, 13870, 13801, 13843}}},
    // 13868: causes at 1:16018 (315), actions at 1:16333 (549)
    {{troubleshooting_text_1 + 15782, 236}, errc::ike_policy_match, {0x13E9213Bu}, {0x13FCD225u},
     {{13802, 13825, 13865, 13873, 13871}}},
    // 13869: causes at 1:17089 (289), actions at 1:17378 (313)
    {{troubleshooting_text_1 + 16882, 207}, errc::ike_unsupported_id, {0x142C1121u}, {0x143E2139u},
     {{13834, 13801, 13825}}},
    // 13870: causes at 1:17913 (217), actions at 1:18130 (544)
    {{troubleshooting_text_1 + 17691, 222}, errc::ike_invalid_hash, {0x145F90D9u}, {0x146D2220u},
     {{13801, 13867, 13837, 13872, 13826}}},
    // 13871: causes at 1:18900 (182), actions at 1:19082 (443)
    {{troubleshooting_text_1 + 18674, 226}, errc::ike_invalid_hash_alg, {0x149D40B6u}, {0x14A8A1BBu},
     {{13873, 13874, 13802, 13024}}},
    // 13872: causes at 1:19723 (190), actions at 1:19913 (274)
    {{troubleshooting_text_1 + 19525, 198}, errc::ike_invalid_hash_size, {0x14D0B0BEu}, {0x14DC9112u},
     {{13870, 13871, 13837}}},
    // 13873: causes at 1:20419 (322), actions at 1:20741 (498)
    {{troubleshooting_text_1 + 20187, 232}, errc::ike_invalid_encrypt_alg, {0x14FC3142u}, {0x151051F2u},
     {{13871, 13874, 13802, 13025}}},
    // 13874: causes at 1:21472 (336), actions at 1:21808 (458)
    {{troubleshooting_text_1 + 21239, 233}, errc::ike_invalid_auth_alg, {0x153E0150u}, {0x155301CAu},
     {{13871, 13873, 13802, 13889}}},
    // 13875: causes at 1:22456 (273), actions at 1:22729 (331)
    {{troubleshooting_text_1 + 22266, 190}, errc::ike_invalid_sig, {0x157B8111u}, {0x158C914Bu},
     {{13826, 13887, 13801, 13806}}},
    // 13876: causes at 1:23243 (159), actions at 1:23402 (280)
    {{troubleshooting_text_1 + 23060, 183}, errc::ike_load_failed, {0x15ACB09Fu}, {0x15B6A118u},
     {{13859, 13891, 13858}}},
    // 13877: causes at 1:23888 (287), actions at 1:24175 (279)
    {{troubleshooting_text_1 + 23682, 206}, errc::ike_rpc_delete, {0x15D5011Fu}, {0x15E6F117u},
     {{13849, 13885, 13891}}},
    // 13878: causes at 1:24664 (165), actions at 1:24829 (222)
    {{troubleshooting_text_1 + 24454, 210}, errc::ike_benign_reinit, {0x160580A5u}, {0x160FD0DEu},
     {{13821, 13849}}},
    // 13879: causes at 1:25305 (181), actions at 1:25486 (305)
    {{troubleshooting_text_1 + 25051, 254}, errc::ike_invalid_responder_lifetime_notify, {0x162D90B5u}, {0x1638E131u},
     {{13802, 13895, 13840}}},
    // 13880: causes at 1:26020 (265), actions at 1:26285 (464)
    {{troubleshooting_text_1 + 25791, 229}, errc::ike_invalid_major_version, {0x165A4109u}, {0x166AD1D0u},
     {{13824, 13825, 13805}}},
    // 13881: causes at 1:26910 (285), actions at 1:27195 (318)
    {{troubleshooting_text_1 + 26749, 161}, errc::ike_invalid_cert_keylen, {0x1691E11Du}, {0x16A3B13Eu},
     {{13819, 13801, 13806, 13818}}},
    // 13882: causes at 1:27768 (258), actions at 1:28026 (397)
    {{troubleshooting_text_1 + 27513, 255}, errc::ike_mm_limit, {0x16C78102u}, {0x16D7A18Du},
     {{13884, 13885, 13886}}},
    // 13883: causes at 1:28654 (287), actions at 1:28941 (402)
    {{troubleshooting_text_1 + 28423, 231}, errc::ike_negotiation_disabled, {0x16FEE11Fu}, {0x1710D192u},
     {{13825, 13861, 13849}}},
    // 13884: causes at 1:29571 (185), actions at 1:29756 (274)
    {{troubleshooting_text_1 + 29343, 228}, errc::ike_qm_limit, {0x173830B9u}, {0x1743C112u},
     {{13882, 13885, 13895}}},
    // 13885: causes at 1:30256 (237), actions at 1:30493 (443)
    {{troubleshooting_text_1 + 30030, 226}, errc::ike_mm_expired, {0x176300EDu}, {0x1771D1BBu},
     {{13895, 13886, 13884, 13877}}},
    // 13886: causes at 1:31160 (276), actions at 1:31436 (370)
    {{troubleshooting_text_1 + 30936, 224}, errc::ike_peer_mm_assumed_invalid, {0x179B8114u}, {0x17ACC172u},
     {{13813, 13805, 13885, 13808}}},
    // 13887: causes at 1:31991 (393), actions at 1:32384 (402)
    {{troubleshooting_text_1 + 31806, 185}, errc::ike_cert_chain_policy_mismatch, {0x17CF7189u}, {0x17E80192u},
     {{13806, 13847, 13801, 13875}}},
    // 13888: causes at 1:33030 (271), actions at 1:33301 (334)
    {{troubleshooting_text_1 + 32786, 244}, errc::ike_unexpected_message_id, {0x1810610Fu}, {0x1821514Eu},
     {{13846, 13824, 13886, 13807}}},
    // 13889: causes at 1:33812 (396), actions at 1:34208 (470)
    {{troubleshooting_text_1 + 33635, 177}, errc::ike_invalid_auth_payload, {0x1841418Cu}, {0x185A01D6u},
     {{13801, 13825, 13868, 13827, 13843}}},
    // 13890: causes at 1:34938 (275), actions at 1:35213 (345)
    {{troubleshooting_text_1 + 34678, 260}, errc::ike_dos_cookie_sent, {0x1887A113u}, {0x1898D159u},
     {{13903, 13918, 13929, 13846}}},
    // 13891: causes at 1:35758 (207), actions at 1:35965 (275)
    {{troubleshooting_text_1 + 35558, 200}, errc::ike_shutting_down, {0x18BAE0CFu}, {0x18C7D113u},
     {{13877, 13876, 13808}}},
    // 13892: causes at 1:36438 (342), actions at 1:36780 (336)
    {{troubleshooting_text_1 + 36240, 198}, errc::ike_cga_auth_failed, {0x18E56156u}, {0x18FAC150u},
     {{13801, 13826, 13847}}},
    // 13893: causes at 1:37387 (253), actions at 1:37640 (310)
    {{troubleshooting_text_1 + 37116, 271}, errc::ike_process_err_natoa, {0x1920B0FDu}, {0x19308136u},
     {{13842, 13834, 13843}}},
    // 13894: causes at 1:38237 (311), actions at 1:38548 (358)
    {{troubleshooting_text_1 + 37950, 287}, errc::ike_invalid_mm_for_qm, {0x1955D137u}, {0x19694166u},
     {{13849, 13868, 13825, 13902}}},
    // 13895: causes at 1:39146 (246), actions at 1:39392 (367)
    {{troubleshooting_text_1 + 38906, 240}, errc::ike_qm_expired, {0x198EA0F6u}, {0x199E016Fu},
     {{13885, 13911, 13884, 13879}}},
    // 13896: causes at 1:39961 (270), actions at 1:40231 (292)
    {{troubleshooting_text_1 + 39759, 202}, errc::ike_too_many_filters, {0x19C1910Eu}, {0x19D27124u},
     {{13858, 13857, 13859}}},
    // 13897: causes at 1:40765 (123), actions at 1:40888 (339)
    {{troubleshooting_text_1 + 40523, 242}, errc::ike_neg_status_end, {0x19F3D07Bu}, {0x19FB8153u},
     {{13800, 13909}}},
    // 13898: causes at 1:41466 (129), actions at 1:41595 (261)
    {{troubleshooting_text_1 + 41227, 239}, errc::ike_kill_dummy_nap_tunnel, {0x1A1FA081u}, {0x1A27B105u},
     {{13878, 13845}}},
    // 13899: causes at 1:42111 (239), actions at 1:42350 (404)
    {{troubleshooting_text_1 + 41856, 255}, errc::ike_inner_ip_assignment_failure, {0x1A47F0EFu}, {0x1A56E194u},
     {{13900}}},
    // 13900: causes at 1:42956 (296), actions at 1:43252 (387)
    {{troubleshooting_text_1 + 42754, 202}, errc::ike_require_cp_payload_missing, {0x1A7CC128u}, {0x1A8F4183u},
     {{13899, 13868}}},
    // 13901: causes at 1:43918 (261), actions at 1:44179 (363)
    {{troubleshooting_text_1 + 43639, 279}, errc::key_module_impersonation_negotiation_pending, {0x1AB8E105u}, {0x1AC9316Bu},
     {{13803, 13827, 13905}}},
    // 13902: causes at 1:44807 (203), actions at 1:45010 (315)
    {{troubleshooting_text_1 + 44542, 265}, errc::ike_coexistence_suppress, {0x1AF070CBu}, {0x1AFD213Bu},
     {{13894, 13807, 13849}}},
    // 13903: causes at 1:45545 (257), actions at 1:45802 (384)
    {{troubleshooting_text_1 + 45325, 220}, errc::ike_ratelimit_drop, {0x1B1E9101u}, {0x1B2EA180u},
     {{13890, 13932, 13918, 13813}}},
    // 13904: causes at 1:46419 (167), actions at 1:46586 (369)
    {{troubleshooting_text_1 + 46186, 233}, errc::ike_peer_doesnt_support_mobike, {0x1B5530A7u}, {0x1B5FA171u},
     {{13886, 13813, 13805}}},
    // 13905: causes at 1:47141 (308), actions at 1:47449 (547)
    {{troubleshooting_text_1 + 46955, 186}, errc::ike_authorization_failure, {0x1B825134u}, {0x1B959223u},
     {{13907, 13906, 13801, 13827}}},
    // 13906: causes at 1:48274 (260), actions at 1:48534 (479)
    {{troubleshooting_text_1 + 47996, 278}, errc::ike_strong_cred_authorization_failure, {0x1BC92104u}, {0x1BD961DFu},
     {{13907, 13908, 13905, 13827}}},
    // 13907: causes at 1:49231 (300), actions at 1:49531 (498)
    {{troubleshooting_text_1 + 49013, 218}, errc::ike_authorization_failure_with_optional_retry, {0x1C04F12Cu}, {0x1C17B1F2u},
     {{13905, 13906, 13908}}},
    // 13908: causes at 1:50338 (295), actions at 1:50633 (428)
    {{troubleshooting_text_1 + 50029, 309}, errc::ike_strong_cred_authorization_and_certmap_failure, {0x1C4A2127u}, {0x1C5C91ACu},
     {{13906, 13907, 13905, 13887}}},
    // 13909: causes at 1:51316 (162), actions at 1:51478 (378)
    {{troubleshooting_text_1 + 51061, 255}, errc::ike_neg_status_extended_end, {0x1C8740A2u}, {0x1C91617Au},
     {{13800, 13897}}},
    // 13910: causes at 1:52110 (331), actions at 1:52441 (410)
    {{troubleshooting_text_1 + 51856, 254}, errc::bad_spi, {0x1CB8E14Bu}, {0x1CCD919Au},
     {{13911, 13912, 13895, 13915, 13914}}},
    // 13911: causes at 1:53119 (256), actions at 1:53375 (421)
    {{troubleshooting_text_1 + 52851, 268}, errc::sa_lifetime_expired, {0x1CF7F100u}, {0x1D07F1A5u},
     {{13895, 13910, 13821, 13879}}},
    // 13912: causes at 1:54089 (313), actions at 1:54402 (363)
    {{troubleshooting_text_1 + 53796, 293}, errc::wrong_sa, {0x1D349139u}, {0x1D48216Bu},
     {{13910, 13916, 13868, 13849}}},
    // 13913: causes at 1:55080 (292), actions at 1:55372 (417)
    {{troubleshooting_text_1 + 54765, 315}, errc::replay_check_failed, {0x1D728124u}, {0x1D84C1A1u},
     {{13915, 13910, 13914}}},
    // 13914: causes at 1:56136 (279), actions at 1:56415 (305)
    {{troubleshooting_text_1 + 55789, 347}, errc::invalid_packet, {0x1DB48117u}, {0x1DC5F131u},
     {{13915, 13913, 13910, 13927}}},
    // 13915: causes at 1:57078 (262), actions at 1:57340 (402)
    {{troubleshooting_text_1 + 56720, 358}, errc::integrity_check_failed, {0x1DEF6106u}, {0x1DFFC192u},
     {{13914, 13913, 13910, 13870}}},
    // 13916: causes at 1:58087 (273), actions at 1:58360 (405)
    {{troubleshooting_text_1 + 57742, 345}, errc::clear_text_drop, {0x1E2E7111u}, {0x1E3F8195u},
     {{13917, 13912, 13825, 13813}}},
    // 13917: causes at 1:59109 (275), actions at 1:59384 (377)
    {{troubleshooting_text_1 + 58765, 344}, errc::auth_firewall_drop, {0x1E6E5113u}, {0x1E7F8179u},
     {{13916, 13905}}},
    // 13918: causes at 1:60119 (220), actions at 1:60339 (301)
    {{troubleshooting_text_1 + 59761, 358}, errc::throttle_drop, {0x1EAD70DCu}, {0x1EBB312Du},
     {{13903, 13890, 13932}}},
    // 13925: causes at 1:60921 (282), actions at 1:61203 (428)
    {{troubleshooting_text_1 + 60640, 281}, errc::dosp_block, {0x1EDF911Au}, {0x1EF131ACu},
     {{13930, 13926, 13931}}},
    // 13926: causes at 1:62008 (215), actions at 1:62223 (324)
    {{troubleshooting_text_1 + 61631, 377}, errc::dosp_received_multicast, {0x1F2380D7u}, {0x1F30F144u},
     {{13925, 13927}}},
    // 13927: causes at 1:62893 (201), actions at 1:63094 (383)
    {{troubleshooting_text_1 + 62547, 346}, errc::dosp_invalid_packet, {0x1F5AD0C9u}, {0x1F67617Fu},
     {{13914, 13926, 13928}}},
    // 13928: causes at 1:63867 (285), actions at 1:64152 (332)
    {{troubleshooting_text_1 + 63477, 390}, errc::dosp_state_lookup_failed, {0x1F97B11Du}, {0x1FA9814Cu},
     {{13929, 13927, 13910}}},
    // 13929: causes at 1:64872 (194), actions at 1:65066 (422)
    {{troubleshooting_text_1 + 64484, 388}, errc::dosp_max_entries, {0x1FD680C2u}, {0x1FE2A1A6u},
     {{13932, 13928, 13918}}},
    // 13930: causes at 2:355 (254), actions at 2:609 (430)
    {{troubleshooting_text_2 + 0, 355}, errc::dosp_keymod_not_allowed, {0x201630FEu}, {0x202611AEu},
     {{13925, 13805, 13813}}},
    // 13931: causes at 2:1331 (289), actions at 2:1620 (549)
    {{troubleshooting_text_2 + 1039, 292}, errc::dosp_not_installed, {0x20533121u}, {0x20654225u},
     {{13925, 13930, 13929}}},
    // 13932: causes at 2:2612 (230), actions at 2:2842 (424)
    {{troubleshooting_text_2 + 2169, 443}, errc::dosp_max_per_ip_ratelimit_queues, {0x20A340E6u}, {0x20B1A1A8u},
     {{13929, 13918, 13903}}},
}};
// clang-format on

}  // namespace detail
}  // namespace v1
}  // namespace ipsec_error

#endif  // IPSEC_ERROR_DETAIL_TROUBLESHOOTING_TEXT_HPP
