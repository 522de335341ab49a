// The SQLite schema inside a bundle, version 5. The builder creates it; readers check the
// version (PRAGMA user_version) before running a single query.
//
//   meta(key, value)                    dataset name, title, data_date, division_code, sample
//   categories(code, name, sort)        机构类别 in display order
//   bodies(id, name, short_name, category, rank, parent_id, uscc, division_code, host_id,
//          institution_class, sort)
//   contacts(body_id, address, hours, website, service_hall)   联系方式 (v4), one row per body
//   contact_phones(body_id, seq, label, number)                  that publishes one
//   documents(doc_no, title, issuer, kind, issued, effective, text, sort)
//   document_changes(doc_no, seq, action, body_id, clause_key, text, to_body_id, as_key)
//                                       action: change_action_code (model.h)
//   sandings(body_id, doc_no, effective, setup, staffing_*)       each body's 三定, over time
//   sanding_texts(body_id, doc_no, section, seq, text)             职能转变 paragraphs
//   internal_divisions(body_id, doc_no, seq, name)                 内设机构
//   internal_division_duties(body_id, doc_no, division_seq, seq, text)
//   leader_posts(body_id, doc_no, seq, title, count)               领导职数
//   boundaries(body_id, doc_no, seq, text)                         职责分工
//   boundary_bodies(body_id, doc_no, boundary_seq, other_body_id)
//   clause_versions(body_id, key, position, text, valid_from, valid_to, opened_by, opened_how,
//                   closed_by, closed_how, from_body_id, to_body_id)   主要职责 through time
//                   (opened_how, closed_how: the codes of core/history/duty_history.h)
//   powers(code, name, sub_name, type, body_id, basis, responsible_body_id, service_unit,
//          time_limit, fee_basis, extra_json, sort)                  权力清单
//   responsibilities(power_code, seq, stage, duty, accountability, body_id)   责任清单
//   task_lists(id, name, sort), tasks(list_id, seq, number, task, basis),
//   task_bodies(list_id, seq, body_id)                             职责任务清单
//   division_matters(code, group_name, name, sort), division_stages(code, seq, stage, basis),
//   division_stage_bodies(code, stage_seq, body_id, role)          职责分工清单 (role lead/cooperate)
//   keywords(word, target_kind, target), synonyms(word, alternative)
//   lexicon(seq, word, terms, topic)    the general lexicon's lines in force (v5), terms
//                                       joined by 、 (core/search/search_lexicon.h)
//
// The full-text tables search (FTS5) and search_vocab (core/search/search_index.h) were in the
// bundle in v3–v4; since v5 every reader builds them when it opens the bundle, after the
// schema check (DutyDatabase), and the bundle must not hold them.
//
// Dates are TEXT YYYY-MM-DD; an open end (valid_to) is ''. Rows are written in a fixed order so
// the same sources give the same bytes.
#pragma once

namespace dutyatlas {

inline constexpr int kBundleSchemaVersion = 5;  // 4: contacts; 5: lexicon, no search index

// Statements that create an empty database of this version, separated by semicolons.
const char* bundle_schema_sql();

}  // namespace dutyatlas
