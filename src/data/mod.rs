//! The datasets the crate encodes. There is one: the 2014 first edition of IDC Frontier's security overview.

pub(crate) mod idcf_2014;
