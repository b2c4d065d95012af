//! The studio's reducer, natively: every edit changes the story as the
//! producer meant and can be undone and redone; files that are not stories
//! are refused with the work untouched; drafting an article gives a story
//! the format accepts.
#![cfg(not(target_arch = "wasm32"))]

use dateline_studio::document::{apply, empty_story, get, parse_path, Edit, List, Step};
use dateline_studio::editor::{Editor, HISTORY_STEPS};
use dateline_studio::studio::{date_reading, findings, Action, Notice, Studio, Unopened, Work};
use proptest::prelude::*;
use serde_json::{json, Value};

const ARTICLE: &str = include_str!("fixtures/article.txt");

fn story() -> Value {
    json!({
        "version": 1,
        "meta": { "title": "T", "source": { "name": "P" }, "published": "2022-04-18" },
        "actors": [
            { "id": "russia", "name": "Russia", "kind": "state" },
            { "id": "moscow", "name": "Moscow", "kind": "state", "aliases": ["the Kremlin"] },
            { "id": "taliban", "name": "Taliban", "kind": "group", "affiliation": "russia" }
        ],
        "events": [
            { "id": "e1", "title": "One", "date": "2022-03", "kind": "reported", "actors": ["russia", "moscow", "taliban"] },
            { "id": "e2", "title": "Two", "date": "2022-04-09", "kind": "reported", "actors": ["moscow"] }
        ],
        "relations": [
            { "id": "r1", "from": "moscow", "to": "taliban", "kind": "engages", "stance": "cooperative", "label": "talks" },
            { "id": "r2", "from": "russia", "to": "moscow", "kind": "is", "stance": "neutral", "label": "same" }
        ],
        "quotes": [ { "id": "q1", "text": "We talk.", "speaker": "moscow", "kind": "direct" } ]
    })
}

/// The test story with every kind of reference filled in: quotes named by
/// events and relations, events by quotes and relations, and an update.
fn linked_story() -> Value {
    let mut story = story();
    story["events"][1]["quotes"] = json!(["q1"]);
    story["relations"][0]["events"] = json!(["e2"]);
    story["relations"][0]["quotes"] = json!(["q1"]);
    story["quotes"][0]["event"] = json!("e2");
    story["updates"] = json!([{
        "id": "u1", "date": "2022-04-20", "kind": "update", "summary": "More talks",
        "items": ["actor:moscow", "event:e2", "quote:q1", "relation:r1", "actor:moscowx"]
    }]);
    story
}

/// Every kind of edit, made on the test story.
fn every_edit() -> Vec<Edit> {
    vec![
        Edit::text("meta.title", "A new title", false),
        Edit::text("meta.summary", "What it is about", true),
        Edit::Set {
            path: "events[1].date".into(),
            value: json!("2022-03~"),
        },
        Edit::Clear {
            path: "events[0].actors".into(),
        },
        Edit::Set {
            path: "events[0].source.paragraph".into(),
            value: json!(3),
        },
        Edit::Add { list: List::Events },
        Edit::Add {
            list: List::Updates,
        },
        Edit::Remove {
            list: List::Actors,
            index: 0,
        },
        Edit::Move {
            list: List::Events,
            from: 0,
            to: 1,
        },
        Edit::MergeActors { keep: 0, drop: 1 },
        Edit::RenameId {
            list: List::Actors,
            index: 1,
            to: "kremlin".into(),
        },
        Edit::Replace {
            story: empty_story(),
        },
    ]
}

#[test]
fn paths_read_as_the_validator_writes_them() {
    assert_eq!(
        parse_path("events[3].source.excerpt"),
        Some(vec![
            Step::Key("events".into()),
            Step::Index(3),
            Step::Key("source".into()),
            Step::Key("excerpt".into())
        ])
    );
    assert_eq!(parse_path("meta.title").map(|steps| steps.len()), Some(2));
    for bad in [
        "",
        "events[",
        "events[x]",
        "events]3",
        ".title",
        "events[1]x",
    ] {
        assert_eq!(parse_path(bad), None, "{bad}");
    }
    assert_eq!(get(&story(), "events[1].title"), Some(&json!("Two")));
    assert_eq!(get(&story(), "events[9].title"), None);
}

#[test]
fn every_edit_changes_the_story_and_is_undone_and_redone() {
    for edit in every_edit() {
        let mut editor = Editor::new(story());
        editor.edit(edit.clone()).expect("the edit applies");
        let edited = editor.story().as_ref().clone();
        assert_ne!(edited, story(), "{edit:?} changed nothing");
        assert!(editor.undo(), "{edit:?} can be undone");
        assert_eq!(**editor.story(), story(), "{edit:?} undone");
        assert!(editor.redo(), "{edit:?} can be redone");
        assert_eq!(**editor.story(), edited, "{edit:?} redone");
    }
}

#[test]
fn typing_in_one_field_is_one_step_and_another_field_starts_a_new_one() {
    let mut editor = Editor::new(story());
    for typed in ["N", "Ne", "New"] {
        editor
            .edit(Edit::text("events[0].title", typed, false))
            .unwrap();
    }
    editor
        .edit(Edit::text("events[1].title", "X", false))
        .unwrap();
    editor.undo();
    assert_eq!(get(editor.story(), "events[0].title"), Some(&json!("New")));
    editor.undo();
    assert_eq!(get(editor.story(), "events[0].title"), Some(&json!("One")));
    assert!(!editor.can_undo());

    // Leaving the field ends the step.
    editor.edit(Edit::text("meta.title", "A", false)).unwrap();
    editor.end_typing();
    editor.edit(Edit::text("meta.title", "AB", false)).unwrap();
    editor.undo();
    assert_eq!(get(editor.story(), "meta.title"), Some(&json!("A")));
}

#[test]
fn a_new_edit_forgets_what_was_undone_and_history_is_bounded() {
    let mut editor = Editor::new(story());
    editor.edit(Edit::Add { list: List::Quotes }).unwrap();
    editor.undo();
    editor.edit(Edit::Add { list: List::Events }).unwrap();
    assert!(!editor.can_redo());
    for _ in 0..HISTORY_STEPS + 20 {
        editor.edit(Edit::Add { list: List::Actors }).unwrap();
    }
    let mut undone = 0;
    while editor.undo() {
        undone += 1;
    }
    assert_eq!(undone, HISTORY_STEPS);
}

#[test]
fn an_empty_optional_field_is_left_out_and_a_required_one_kept_empty() {
    let mut story = story();
    apply(&mut story, Edit::text("meta.summary", "S", true)).unwrap();
    apply(&mut story, Edit::text("meta.summary", "  ", true)).unwrap();
    assert_eq!(get(&story, "meta.summary"), None);
    apply(&mut story, Edit::text("meta.title", "", false)).unwrap();
    assert_eq!(get(&story, "meta.title"), Some(&json!("")));
    assert!(findings(&story)
        .iter()
        .any(|finding| finding.error && finding.path == "meta.title"));
}

#[test]
fn new_items_get_fresh_ids_and_the_fields_the_format_asks_for() {
    let mut story = story();
    apply(&mut story, Edit::Add { list: List::Events }).unwrap();
    apply(&mut story, Edit::Add { list: List::Events }).unwrap();
    assert_eq!(get(&story, "events[2].id"), Some(&json!("event-3")));
    assert_eq!(get(&story, "events[3].id"), Some(&json!("event-4")));
    // Until it is filled in, the problems list points at the new item.
    let paths: Vec<String> = findings(&story).into_iter().map(|f| f.path).collect();
    assert!(
        paths.iter().any(|path| path.starts_with("events[2].")),
        "{paths:?}"
    );
}

#[test]
fn removing_an_actor_takes_it_out_of_events_relations_and_affiliations() {
    let mut story = story();
    apply(
        &mut story,
        Edit::Remove {
            list: List::Actors,
            index: 0,
        },
    )
    .unwrap();
    assert_eq!(
        get(&story, "events[0].actors"),
        Some(&json!(["moscow", "taliban"]))
    );
    assert_eq!(
        get(&story, "relations")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(get(&story, "actors[1].affiliation"), None);
    assert!(apply(
        &mut story,
        Edit::Remove {
            list: List::Actors,
            index: 9
        }
    )
    .is_err());
}

#[test]
fn merging_two_actors_moves_every_reference_and_keeps_the_names() {
    let mut story = story();
    apply(&mut story, Edit::MergeActors { keep: 0, drop: 1 }).unwrap();
    assert_eq!(
        get(&story, "actors")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(2)
    );
    assert_eq!(
        get(&story, "actors[0].aliases"),
        Some(&json!(["Moscow", "the Kremlin"]))
    );
    assert_eq!(
        get(&story, "events[0].actors"),
        Some(&json!(["russia", "taliban"]))
    );
    assert_eq!(get(&story, "events[1].actors"), Some(&json!(["russia"])));
    assert_eq!(get(&story, "quotes[0].speaker"), Some(&json!("russia")));
    assert_eq!(get(&story, "relations[0].from"), Some(&json!("russia")));
    let mut linked = linked_story();
    apply(&mut linked, Edit::MergeActors { keep: 0, drop: 1 }).unwrap();
    assert_eq!(
        get(&linked, "updates[0].items[0]"),
        Some(&json!("actor:russia"))
    );
    // The relation between the two would tie Russia to itself.
    assert_eq!(
        get(&story, "relations")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(1)
    );
    let found = findings(&story);
    assert!(found.iter().all(|finding| !finding.error), "{found:?}");
    assert!(apply(&mut story, Edit::MergeActors { keep: 0, drop: 0 }).is_err());
}

#[test]
fn renaming_an_actor_renames_every_reference_to_it_in_one_step() {
    let mut editor = Editor::new(linked_story());
    editor
        .edit(Edit::RenameId {
            list: List::Actors,
            index: 1,
            to: "kremlin".into(),
        })
        .unwrap();
    let story = editor.story().clone();
    assert_eq!(get(&story, "actors[1].id"), Some(&json!("kremlin")));
    assert_eq!(
        get(&story, "events[0].actors"),
        Some(&json!(["russia", "kremlin", "taliban"]))
    );
    assert_eq!(get(&story, "events[1].actors"), Some(&json!(["kremlin"])));
    assert_eq!(get(&story, "quotes[0].speaker"), Some(&json!("kremlin")));
    assert_eq!(get(&story, "relations[0].from"), Some(&json!("kremlin")));
    assert_eq!(get(&story, "relations[1].to"), Some(&json!("kremlin")));
    assert_eq!(
        get(&story, "updates[0].items"),
        Some(&json!([
            "actor:kremlin",
            "event:e2",
            "quote:q1",
            "relation:r1",
            "actor:moscowx"
        ]))
    );
    let found = findings(&story);
    assert!(found.iter().all(|finding| !finding.error), "{found:?}");
    assert!(editor.undo());
    assert_eq!(**editor.story(), linked_story(), "one step undoes it all");
    assert!(!editor.can_undo());

    // An affiliation follows too.
    let mut story = linked_story();
    apply(
        &mut story,
        Edit::RenameId {
            list: List::Actors,
            index: 0,
            to: "rf".into(),
        },
    )
    .unwrap();
    assert_eq!(get(&story, "actors[2].affiliation"), Some(&json!("rf")));
    assert_eq!(get(&story, "relations[1].from"), Some(&json!("rf")));
}

#[test]
fn renaming_an_event_a_quote_or_a_relation_renames_its_references() {
    let mut story = linked_story();
    for (list, index, to) in [
        (List::Events, 1, "talks"),
        (List::Quotes, 0, "we-talk"),
        (List::Relations, 0, "ties"),
        (List::Updates, 0, "later"),
    ] {
        apply(
            &mut story,
            Edit::RenameId {
                list,
                index,
                to: to.into(),
            },
        )
        .unwrap();
    }
    assert_eq!(get(&story, "relations[0].events"), Some(&json!(["talks"])));
    assert_eq!(get(&story, "quotes[0].event"), Some(&json!("talks")));
    assert_eq!(get(&story, "events[1].quotes"), Some(&json!(["we-talk"])));
    assert_eq!(
        get(&story, "relations[0].quotes"),
        Some(&json!(["we-talk"]))
    );
    assert_eq!(
        get(&story, "updates[0].items"),
        Some(&json!([
            "actor:moscow",
            "event:talks",
            "quote:we-talk",
            "relation:ties",
            "actor:moscowx"
        ]))
    );
    assert_eq!(get(&story, "updates[0].id"), Some(&json!("later")));
    let found = findings(&story);
    assert!(found.iter().all(|finding| !finding.error), "{found:?}");
    assert!(apply(
        &mut story,
        Edit::RenameId {
            list: List::Events,
            index: 9,
            to: "x".into()
        }
    )
    .is_err());
}

#[test]
fn typing_an_id_is_one_step_and_the_references_follow_each_key() {
    let mut editor = Editor::new(linked_story());
    for typed in ["k", "kr", "kre"] {
        editor.edit(Edit::id("actors[1].id", typed)).unwrap();
        assert_eq!(
            get(editor.story(), "quotes[0].speaker"),
            Some(&json!(typed))
        );
        assert_eq!(
            get(editor.story(), "events[1].actors"),
            Some(&json!([typed]))
        );
    }
    // Through a blank id and one another actor has, the references name
    // the id they named before the typing, and follow again once the id
    // is free.
    for (typed, named) in [("", "moscow"), ("russia", "moscow"), ("russia2", "russia2")] {
        editor.edit(Edit::id("actors[1].id", typed)).unwrap();
        assert_eq!(get(editor.story(), "actors[1].id"), Some(&json!(typed)));
        assert_eq!(
            get(editor.story(), "quotes[0].speaker"),
            Some(&json!(named)),
            "typed {typed:?}"
        );
    }
    assert_eq!(
        get(editor.story(), "relations[1].from"),
        Some(&json!("russia"))
    );
    assert!(editor.undo());
    assert_eq!(
        **editor.story(),
        linked_story(),
        "one step undoes the typing"
    );
    assert!(!editor.can_undo());
    // A field that is not an item's id is set as text.
    assert_eq!(
        Edit::id("meta.title", "T"),
        Edit::text("meta.title", "T", false)
    );
}

#[test]
fn an_id_another_item_has_or_a_blank_one_leaves_the_references_alone() {
    for to in ["russia", " ", ""] {
        let mut story = linked_story();
        apply(
            &mut story,
            Edit::RenameId {
                list: List::Actors,
                index: 1,
                to: to.into(),
            },
        )
        .unwrap();
        assert_eq!(get(&story, "actors[1].id"), Some(&json!(to)));
        assert_eq!(get(&story, "quotes[0].speaker"), Some(&json!("moscow")));
        assert_eq!(get(&story, "events[1].actors"), Some(&json!(["moscow"])));
        assert!(
            findings(&story).iter().any(|finding| finding.error),
            "the problems list says what is wrong with {to:?}"
        );
    }
    // Two actors sharing an id: renaming one leaves the references with
    // the other.
    let mut story = linked_story();
    story["actors"][0]["id"] = json!("moscow");
    apply(
        &mut story,
        Edit::RenameId {
            list: List::Actors,
            index: 1,
            to: "kremlin".into(),
        },
    )
    .unwrap();
    assert_eq!(get(&story, "quotes[0].speaker"), Some(&json!("moscow")));
    // An id of another kind of item is no clash.
    let mut story = linked_story();
    apply(
        &mut story,
        Edit::RenameId {
            list: List::Events,
            index: 1,
            to: "moscow".into(),
        },
    )
    .unwrap();
    assert_eq!(get(&story, "quotes[0].event"), Some(&json!("moscow")));
}

#[test]
fn drafting_the_article_gives_a_story_the_format_reads() {
    let mut studio = Studio::default();
    studio.reduce(Action::Draft);
    assert_eq!(studio.notice, Some(Notice::NoArticle));
    studio.reduce(Action::Article(ARTICLE.to_owned()));
    studio.reduce(Action::Draft);
    let story = studio.editor.story().clone();
    assert_eq!(
        get(&story, "meta.title"),
        Some(&json!(
            "Russia and the Taliban: Assessing new diplomatic gains"
        ))
    );
    assert_eq!(get(&story, "meta.published"), Some(&json!("2022-04-18")));
    assert!(story["quotes"]
        .as_array()
        .is_some_and(|quotes| quotes.len() >= 5));
    assert!(
        findings(&story).iter().all(|finding| !finding.error),
        "{:?}",
        findings(&story)
    );
    let notice = studio.notice.clone().expect("the draft is described");
    assert!(
        matches!(notice, Notice::Drafted { events, dated: true, .. } if events > 0),
        "{notice:?}"
    );
    studio.reduce(Action::Undo);
    assert_eq!(
        **studio.editor.story(),
        empty_story(),
        "the draft is undone"
    );
}

#[test]
fn files_that_are_not_stories_are_refused_and_the_work_is_kept() {
    let mut studio = Studio::new(String::new(), story());
    let before = studio.clone();
    let refusals = [
        Action::Open {
            name: "photo.json".into(),
            text: "\u{fffd}PNG\r\n\u{1a}\n".into(),
        },
        Action::Open {
            name: "other.json".into(),
            text: r#"{"hello": "world"}"#.into(),
        },
        Action::Open {
            name: "v2.json".into(),
            text: r#"{"version": 2}"#.into(),
        },
        Action::TooLarge {
            name: "huge.json".into(),
            bytes: 50.0 * 1_048_576.0,
        },
        Action::NotText {
            name: "photo.png".into(),
        },
    ];
    for action in refusals {
        studio.reduce(action.clone());
        let notice = studio.notice.clone().expect("a refusal is said");
        assert!(notice.refused(), "{action:?}: {notice:?}");
        assert!(matches!(notice, Notice::NotOpened { .. }), "{notice:?}");
        assert_eq!(
            studio.editor, before.editor,
            "{action:?} left the work as it was"
        );
    }
    assert!(matches!(
        studio.notice,
        Some(Notice::NotOpened {
            why: Unopened::NotText,
            ..
        })
    ));
}

#[test]
fn stories_articles_and_timelines_open() {
    let mut studio = Studio::default();
    studio.reduce(Action::Open {
        name: "story.json".into(),
        text: story().to_string(),
    });
    assert_eq!(**studio.editor.story(), story());
    studio.reduce(Action::Open {
        name: "article.txt".into(),
        text: ARTICLE.into(),
    });
    assert_eq!(studio.article, ARTICLE);
    let timeline = json!({
        "title": { "text": { "headline": "A timeline" } },
        "events": [
            { "start_date": { "year": "2021", "month": "8", "day": "15" }, "text": { "headline": "Kabul falls" } }
        ]
    });
    studio.reduce(Action::Open {
        name: "timeline.json".into(),
        text: timeline.to_string(),
    });
    assert!(
        !studio.notice.clone().unwrap().refused(),
        "{:?}",
        studio.notice
    );
    assert_eq!(
        get(studio.editor.story(), "events[0].title"),
        Some(&json!("Kabul falls"))
    );
    assert_eq!(
        get(studio.editor.story(), "events[0].date"),
        Some(&json!("2021-08-15"))
    );
}

#[test]
fn dates_are_read_as_the_widget_reads_them() {
    assert_eq!(
        date_reading("2022-03~", "en").as_deref(),
        Ok("around March 2022")
    );
    assert_eq!(
        date_reading("2022-04-09", "en").as_deref(),
        Ok("9 April 2022")
    );
    assert!(date_reading("2022-13", "en").is_err());
    assert!(date_reading("last week", "en").is_err());
    // In the studio's other languages, as the widget writes them.
    for language in ["ar", "es", "fr", "he"] {
        let reading = date_reading("2022-04-09", language).unwrap_or_default();
        assert!(
            !reading.is_empty() && !reading.contains("April"),
            "{language}: {reading}"
        );
    }
    assert_eq!(
        date_reading("2022-04-09", "fr").as_deref(),
        Ok("9 avril 2022")
    );
}

proptest! {
    /// No path, value or list position a form can send panics, and every
    /// edit that applies can be undone.
    #[test]
    fn no_edit_panics_and_every_applied_edit_is_undone(
        path in "[a-z_\\[\\]0-9.]{0,24}",
        text in ".{0,12}",
        list in prop::sample::select(List::ALL.to_vec()),
        from in 0usize..6,
        to in 0usize..6,
        kind in 0u8..7,
    ) {
        let edit = match kind {
            0 => Edit::text(path, &text, true),
            1 => Edit::Clear { path },
            2 => Edit::Remove { list, index: from },
            3 => Edit::Move { list, from, to },
            4 => Edit::MergeActors { keep: from, drop: to },
            5 => Edit::RenameId { list, index: from, to: text },
            _ => Edit::Add { list },
        };
        let mut editor = Editor::new(story());
        if editor.edit(edit).is_ok() && editor.can_undo() {
            prop_assert!(editor.undo());
            prop_assert_eq!(&**editor.story(), &story());
        }
        let _ = findings(editor.story());
    }
}

#[test]
fn several_stories_are_kept_and_switched_each_with_its_article() {
    let mut studio = Studio::new("First article".into(), story());
    studio.reduce(Action::Edit(Edit::text("meta.title", "First", false)));
    studio.reduce(Action::NewStory);
    assert_eq!(studio.current, 1);
    assert_eq!(**studio.editor.story(), empty_story());
    assert_eq!(studio.article, "");
    assert!(
        !studio.editor.can_undo(),
        "a new story starts its own history"
    );
    studio.reduce(Action::Article("Second article".into()));
    studio.reduce(Action::Edit(Edit::text("meta.title", "Second", false)));

    studio.reduce(Action::SwitchTo(0));
    assert_eq!(
        get(studio.editor.story(), "meta.title"),
        Some(&json!("First"))
    );
    assert_eq!(studio.article, "First article");
    let works = studio.all_works();
    let titles: Vec<_> = works.iter().map(Work::title).collect();
    assert_eq!(titles, [Some("First"), Some("Second")]);
    studio.reduce(Action::SwitchTo(7));
    assert_eq!(studio.current, 0, "no story 7: nothing changes");

    // Kept and restored as the browser keeps them.
    let restored = Studio::kept(studio.all_works(), studio.current);
    assert_eq!(restored.all_works(), studio.all_works());

    studio.reduce(Action::DeleteStory);
    let works = studio.all_works();
    let titles: Vec<_> = works.iter().map(Work::title).collect();
    assert_eq!(titles, [Some("Second")]);
    assert_eq!(studio.article, "Second article");
    studio.reduce(Action::DeleteStory);
    assert_eq!(
        studio.all_works().len(),
        1,
        "deleting the last story leaves an empty one"
    );
    assert_eq!(studio.all_works()[0].title(), None);
}

#[test]
fn clearing_every_field_of_a_picture_or_source_removes_it_and_meta_stays() {
    let mut story = story();
    for (key, text) in [("url", "images/a.jpg"), ("alt", "A quay")] {
        apply(
            &mut story,
            Edit::text(format!("events[0].image.{key}"), text, true),
        )
        .unwrap();
    }
    assert_eq!(
        get(&story, "events[0].image.url"),
        Some(&json!("images/a.jpg"))
    );
    apply(&mut story, Edit::text("events[0].image.url", "", true)).unwrap();
    assert!(
        get(&story, "events[0].image").is_some(),
        "the description is still there"
    );
    apply(&mut story, Edit::text("events[0].image.alt", "", true)).unwrap();
    assert_eq!(
        get(&story, "events[0].image"),
        None,
        "an empty picture is left out"
    );
    assert_eq!(get(&story, "events[0].title"), Some(&json!("One")));

    apply(&mut story, Edit::text("meta.summary", "S", true)).unwrap();
    apply(&mut story, Edit::text("meta.summary", "", true)).unwrap();
    apply(&mut story, Edit::text("meta.title", "", true)).unwrap();
    apply(&mut story, Edit::text("meta.published", "", true)).unwrap();
    apply(&mut story, Edit::text("meta.source", "", true)).unwrap();
    assert_eq!(
        get(&story, "meta"),
        Some(&json!({})),
        "the story's meta stays"
    );
    assert!(
        apply(&mut story, Edit::text("events[9].title", "", true)).is_ok(),
        "nothing to clear is no error"
    );
}

#[test]
fn a_merge_never_ties_the_kept_actor_to_itself_nor_keeps_an_empty_name() {
    let mut story = story();
    // The Taliban belong to Russia: with Russia merged into them, they
    // would belong to themselves.
    apply(&mut story, Edit::MergeActors { keep: 2, drop: 0 }).unwrap();
    assert_eq!(get(&story, "actors[1].id"), Some(&json!("taliban")));
    assert_eq!(get(&story, "actors[1].affiliation"), None);
    assert_eq!(get(&story, "actors[1].aliases"), Some(&json!(["Russia"])));
    apply(&mut story, Edit::Add { list: List::Actors }).unwrap();
    apply(&mut story, Edit::MergeActors { keep: 1, drop: 2 }).unwrap();
    assert_eq!(
        get(&story, "actors[1].aliases"),
        Some(&json!(["Russia"])),
        "a blank actor adds no alias"
    );
    // Another actor affiliated with the kept one keeps its affiliation.
    let mut story = self::story();
    apply(
        &mut story,
        Edit::Set {
            path: "actors[1].affiliation".into(),
            value: json!("russia"),
        },
    )
    .unwrap();
    apply(&mut story, Edit::MergeActors { keep: 0, drop: 2 }).unwrap();
    assert_eq!(get(&story, "actors[1].affiliation"), Some(&json!("russia")));
}

#[test]
fn stories_kept_by_another_tab_are_taken_without_losing_this_tabs_work() {
    let mut here = Studio::new("First article".into(), story());
    here.reduce(Action::NewStory);
    here.reduce(Action::Edit(Edit::text("meta.title", "Second", false)));
    here.reduce(Action::SwitchTo(0));
    here.reduce(Action::Edit(Edit::text(
        "meta.title",
        "First, edited here",
        false,
    )));

    // Another tab changed the second story: this tab takes it and keeps
    // its own story, with its history.
    let mut elsewhere = here.all_works();
    elsewhere[1].story["meta"]["title"] = json!("Second, edited elsewhere");
    here.reduce(Action::KeptElsewhere(elsewhere.clone()));
    assert_eq!(here.all_works(), elsewhere);
    assert!(
        here.editor.can_undo(),
        "the story being edited keeps its history"
    );
    assert_eq!(here.notice, None);

    // The same again changes nothing.
    here.reduce(Action::KeptElsewhere(elsewhere.clone()));
    assert_eq!(here.all_works(), elsewhere);

    // Another tab changed the story being edited: it is shown as kept there, and the producer told.
    elsewhere[0].story["meta"]["title"] = json!("First, edited elsewhere");
    here.reduce(Action::KeptElsewhere(elsewhere.clone()));
    assert_eq!(
        get(here.editor.story(), "meta.title"),
        Some(&json!("First, edited elsewhere"))
    );
    assert_eq!(here.notice, Some(Notice::ChangedElsewhere));

    // Another tab deleted the story before the one being edited: this tab
    // goes on with its own, history and all, at its new place.
    here.reduce(Action::SwitchTo(1));
    here.reduce(Action::Edit(Edit::text(
        "meta.title",
        "Second, again",
        false,
    )));
    let mut shorter = here.all_works();
    shorter.remove(0);
    here.reduce(Action::KeptElsewhere(shorter.clone()));
    assert_eq!((here.current, here.all_works()), (0, shorter.clone()));
    assert!(here.editor.can_undo());
    assert_eq!(here.notice, None, "nothing to tell: its story is as it was");

    // Another tab deleted the story being edited: the one at its place is edited.
    let other = Work {
        article: String::new(),
        story: json!({ "version": 1, "meta": { "title": "Another" } }),
    };
    here.reduce(Action::KeptElsewhere(vec![other.clone()]));
    assert_eq!((here.current, here.all_works()), (0, vec![other]));
    assert_eq!(here.notice, Some(Notice::ChangedElsewhere));

    // Nothing kept elsewhere (storage cleared) is not taken for an empty studio.
    let before = here.all_works();
    here.reduce(Action::KeptElsewhere(Vec::new()));
    assert_eq!(here.all_works(), before);
}
