//! The datasets the crate encodes: the document (the 2014 first edition of IDC Frontier's security overview), the
//! ISO/IEC 27002:2005 catalogue its sections answer, ISO/IEC 27001:2022 Annex A, ISO/IEC 27002:2022 Table B.2 and ISO/IEC 27017's seven cloud controls.

pub(crate) mod idcf_2014;
pub(crate) mod iso27001_2022;
pub(crate) mod iso27002_2005;
pub(crate) mod iso27002_2022_b2;
pub(crate) mod iso27017;
pub(crate) mod synonyms;
