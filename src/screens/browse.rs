//! The `browse` chunk: the routines and exercises, the routine editor and shared links.

use leptos::prelude::*;

use crate::pages::{
    exercise_detail::ExerciseDetail, library::Library, routine_detail::RoutineDetail,
    routine_editor::RoutineEditor, routines::Routines, shared::SharedRoutine,
};

screen!(routines, split_routines, browse, Routines);
screen!(routine_detail, split_routine_detail, browse, RoutineDetail);
screen!(library, split_library, browse, Library);
screen!(
    exercise_detail,
    split_exercise_detail,
    browse,
    ExerciseDetail
);
screen!(routine_editor, split_routine_editor, browse, RoutineEditor);
screen!(shared, split_shared, browse, SharedRoutine);
