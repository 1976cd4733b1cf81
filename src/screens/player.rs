//! The `player` chunk: a session, from the check before it to saving it.

use leptos::prelude::*;

use crate::pages::player::PlayerPage;

screen!(player, split_player, player, PlayerPage);
