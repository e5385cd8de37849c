//! The datasets the crate encodes. The document, the 2014 first edition of IDC Frontier's security overview, and
//! the ISO/IEC 27002:2005 catalogue its sections answer.

pub(crate) mod idcf_2014;
pub(crate) mod iso27001_ids;
pub(crate) mod iso27002_2005;
pub(crate) mod iso27002_2022_b2;
pub(crate) mod synonyms;
