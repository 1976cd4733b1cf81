//! One constructor per English message, written by `build.rs` from `locales/en/*.ftl`: code
//! can only ask for a message that exists, with the arguments it declares. Also English's
//! catalog files, which are built into the app (other languages are fetched).

use super::{Arg, Msg, Num};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
