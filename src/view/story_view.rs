//! A loaded story: header, problems, the view switch, story steps, the
//! timeline, the actor map or the text twin, and the card. One reducer holds
//! the reader's choices; hover, focus and keys are handled here once for the
//! whole widget.

use crate::view::class_names;
use std::rc::Rc;

use yew::prelude::*;

use super::actor_map::ActorMap;
use super::announcer::{selection_name, use_announcer, view_live_region, Spoken};
use super::card::Card;
use super::controller::Controller;
use super::header::view_header;
use super::problems::Problems;
use super::search::{reveal_in_text, Search};
use super::steps::{step_status, view_steps, WhatsNew};
use super::text_view::{view_text_searched, CORRECTIONS_CLASS};
use super::timeline::Timeline;
use super::view_switch::view_switch;
use crate::dom::{active_element_near, element_of, focus, style_of, target_element};
use crate::hooks::{
    use_card_placement, use_element_width, use_fragment_link, use_preview, use_seen_update,
    CardPlace, Same,
};
use crate::i18n::{self, fill, set_locale};
use crate::measures::{ASSUMED_WIDTH_PX, NARROW_BELOW_PX};
use crate::model::{CheckedStory, Story};
use crate::state::{
    step_from, story_steps, Action, Changes, SearchIndex, SearchLight, Selection, ViewChoice,
    ViewState, WidgetOptions,
};

/// Properties of [`StoryView`].
#[derive(Properties)]
pub struct StoryViewProps {
    /// The story and the problems found while reading it.
    pub checked: Rc<CheckedStory>,
    /// How the embedding page set the widget up.
    #[prop_or_default]
    pub options: WidgetOptions,
    /// Lets the embedding page select items.
    #[prop_or_default]
    pub controller: Controller,
}

impl PartialEq for StoryViewProps {
    /// The same loaded story, compared by pointer: stories are never edited in place.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.checked, &other.checked)
            && self.options == other.options
            && self.controller == other.controller
    }
}

/// A number for each widget on the page, so element ids never collide.
fn next_instance() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static INSTANCES: AtomicUsize = AtomicUsize::new(0);
    INSTANCES.fetch_add(1, Ordering::Relaxed)
}

/// A callback that dispatches the action `make` builds from its argument.
fn dispatcher<T: 'static>(
    state: &UseReducerHandle<ViewState>,
    make: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(make(value)))
}

/// Draws a story that has been loaded and checked.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = use_memo(Same(props.checked.clone()), |checked| {
        Rc::new(checked.story.clone())
    });
    let story: Rc<Story> = (*story).clone();
    // The widget's language (the host's choice, else the story's), set
    // before anything below draws text.
    let locale = use_memo(
        (props.options.lang.clone(), story.meta.language.clone()),
        |(lang, language)| Rc::new(i18n::chosen(lang.as_deref(), language)),
    );
    set_locale((*locale).clone());
    let state = {
        let view = props.options.view;
        use_reducer_eq(move || ViewState::showing(view))
    };
    let root = use_node_ref();
    let card = use_node_ref();
    let instance = use_state(next_instance);
    let card_id = format!("dl-{}-card", *instance);
    let width = use_element_width(&root).unwrap_or(ASSUMED_WIDTH_PX);
    let docked = width < NARROW_BELOW_PX;
    let all_steps = use_memo(Same(story.clone()), |story| story_steps(story));
    let seen = use_seen_update(&story, props.options.story_address.clone());
    let changes = use_memo((Same(story.clone()), seen), |(story, seen)| {
        Rc::new(Changes::since(story, seen.as_ref()))
    });
    let changes: Rc<Changes> = (*changes).clone();
    let new_steps = use_memo(
        (changes.clone(), Same(story.clone())),
        |(changes, story)| changes.new_steps(story),
    );
    // While walking what's new, Previous and Next step through the new events only.
    let walking_new = state.whats_new && !new_steps.is_empty();
    let steps = if walking_new {
        new_steps.clone()
    } else {
        all_steps
    };
    let show_corrections = use_show_corrections(&root, &state);
    let search_index = use_memo(Same(story.clone()), |story| SearchIndex::of(story));
    let matches = use_memo(
        (Same(story.clone()), state.query.clone()),
        move |(_, query)| search_index.search(query).map(Rc::new),
    );
    let matches = (*matches).clone();
    let light = SearchLight(matches.clone());
    // One live region for the widget: a step or a selection is said once,
    // by position in the steps when it is one, else by name.
    let (announcer, spoken) = use_announcer(state.selection.clone());
    let live = match spoken {
        Spoken::Said(message) => html! { { message } },
        Spoken::Selection => match &state.selection {
            Some(Selection::Event(id)) if state.view != ViewChoice::Text && steps.contains(id) => {
                step_status(&story, &steps, Some(id), walking_new)
            }
            Some(selection) => html! { { selection_name(&story, selection).unwrap_or_default() } },
            None => Html::default(),
        },
    };

    let select = dispatcher(&state, Action::Select);
    use_fragment_link(
        &story,
        props.options.fragment_key.as_deref(),
        state.selection.as_ref(),
        state.selected_by_host,
        select.clone(),
    );
    use_host_selection(
        &props.controller,
        props.options.start.clone(),
        &story,
        dispatcher(&state, Action::SelectForHost),
    );
    use_host_height(&root, props.options.height.clone());
    use_card_placement(
        &root,
        &card,
        CardPlace {
            subject: state.card().cloned(),
            pinned: state.card_is_pinned(),
            docked,
            reveal: state.card_is_pinned() && !state.selected_by_host,
            card_id: card_id.clone(),
        },
    );
    let preview = use_preview(&state);

    // Closing the card returns focus to its item when focus was inside the card.
    let close_card = {
        let (state, root, card) = (state.clone(), root.clone(), card.clone());
        Callback::from(move |()| {
            let root = root.cast::<web_sys::Element>();
            let focus_in_card = card
                .cast::<web_sys::Element>()
                .zip(root.as_ref().and_then(active_element_near))
                .is_some_and(|(card, active)| card.contains(Some(&active)));
            let trigger = root
                .zip(state.selection.as_ref())
                .and_then(|(root, selection)| element_of(&root, selection));
            if let (true, Some(trigger)) = (focus_in_card, trigger) {
                focus(&trigger);
            }
            state.dispatch(Action::ClearSelection);
        })
    };
    let step = {
        let (state, steps) = (state.clone(), steps.clone());
        Callback::from(move |offset: isize| {
            if let Some(id) = step_from(&steps, state.selected_event(), offset) {
                state.dispatch(Action::Select(Selection::Event(id)));
            }
        })
    };
    let onkeydown = {
        let (close_card, step) = (close_card.clone(), step.clone());
        Callback::from(move |event: KeyboardEvent| {
            let in_field = target_element(&event)
                .is_some_and(|target| target.tag_name().eq_ignore_ascii_case("input"));
            match event.key().as_str() {
                "Escape" => close_card.emit(()),
                "n" | "N" if !in_field => step.emit(1),
                "p" | "P" if !in_field => step.emit(-1),
                _ => return,
            }
            event.prevent_default();
        })
    };

    let clear = dispatcher(&state, |()| Action::ClearSelection);
    let (has_events, has_actors) = (!story.events.is_empty(), !story.actors.is_empty());
    let view = state.view.drawn(has_events, has_actors);
    let choose_result = {
        let (select, root) = (select.clone(), root.clone());
        Callback::from(move |selection: Selection| {
            if view == ViewChoice::Text {
                reveal_in_text(&root, &selection);
            }
            select.emit(selection);
        })
    };
    let highlight = state.highlight(&story).map(Rc::new);
    let card_view = state.card().cloned().map(|subject| {
        html! {
            <Card story={story.clone()} {subject} pinned={state.card_is_pinned()} id={card_id.clone()}
                on_select={select.clone()} on_close={close_card.clone()} node={card.clone()} changes={changes.clone()}
                pictures={props.options.pictures.clone().map(AttrValue::from)} />
        }
    });
    html! {
        <article class={class_names!("dl-widget", props.options.theme.class(), docked.then_some("dl-widget--narrow"))} lang={locale.tag().to_owned()} dir={locale.dir()}
            aria-label={fill("widget.label", &[("title", &story.meta.title)])} ref={root}
            onpointerover={preview.onpointerover} onpointermove={preview.onpointermove} onpointerout={preview.onpointerout}
            onfocusin={preview.onfocusin} onfocusout={preview.onfocusout} {onkeydown}>
            { view_header(&story, &show_corrections) }
            <Problems checked={props.checked.clone()} />
            <div class="dl-toolbar">
                { view_switch(view, &ViewChoice::offered(has_events, has_actors), &dispatcher(&state, Action::ShowView)) }
                <Search story={story.clone()} query={state.query.clone()} matches={matches.clone()}
                    on_query={dispatcher(&state, Action::Search)} on_choose={choose_result} {announcer} />
            </div>
            if view != ViewChoice::Text {
                { view_steps(&story, &steps, state.selected_event(), &step, &WhatsNew {
                    count: new_steps.len(),
                    walking: walking_new,
                    on_walk: &dispatcher(&state, Action::WalkWhatsNew),
                }) }
            }
            if matches!(view, ViewChoice::Both | ViewChoice::Timeline) {
                <Timeline story={story.clone()} selected={state.selected_event().cloned()} highlight={highlight.clone()} changes={changes.clone()}
                    search={light.clone()} on_select={dispatcher(&state, |id| Action::Select(Selection::Event(id)))} on_clear={clear.clone()} />
            }
            if matches!(view, ViewChoice::Both | ViewChoice::Map) {
                <ActorMap story={story.clone()} selection={state.selection.clone()} highlight={highlight.clone()} day={state.map_day(&story)} changes={changes.clone()}
                    search={light.clone()} on_select={select.clone()} on_clear={clear} on_set_day={dispatcher(&state, Action::ShowMapAsOf)} />
            }
            if view == ViewChoice::Text {
                { view_text_searched(&story, &changes, &light) }
            }
            <div class={class_names!("dl-card-slot", docked.then_some("dl-card-slot--docked"))}>
                { for card_view }
            </div>
            { view_live_region(live) }
        </article>
    }
}

/// Connects the host page's controller, and selects the host's start item
/// once the story is shown (an unknown one is ignored with a console warning).
#[hook]
fn use_host_selection(
    controller: &Controller,
    start: Option<Selection>,
    story: &Rc<Story>,
    select_for_host: Callback<Selection>,
) {
    let (controller, story) = (controller.clone(), story.clone());
    use_effect_with((), move |()| {
        controller.connect(select_for_host.clone());
        match start {
            Some(start) if start.exists_in(&story) => select_for_host.emit(start),
            Some(start) => web_sys::console::warn_1(
                &format!(
                    "Dateline: the start item {} is not in this story; it was ignored",
                    start.to_fragment()
                )
                .into(),
            ),
            None => {}
        }
    });
}

/// The header's "Corrected" button: shows the text view and moves focus
/// (and the scroll position) to its log of corrections once it is drawn.
#[hook]
fn use_show_corrections(root: &NodeRef, state: &UseReducerHandle<ViewState>) -> Callback<()> {
    let pending = use_mut_ref(|| false);
    {
        let (root, pending) = (root.clone(), pending.clone());
        use_effect(move || {
            if !std::mem::take(&mut *pending.borrow_mut()) {
                return;
            }
            let heading = root.cast::<web_sys::Element>().and_then(|root| {
                root.query_selector(&format!(".{CORRECTIONS_CLASS} h3"))
                    .ok()
                    .flatten()
            });
            if let Some(heading) = heading {
                heading.scroll_into_view();
                focus(&heading);
            }
        });
    }
    let state = state.clone();
    Callback::from(move |()| {
        *pending.borrow_mut() = true;
        state.dispatch(Action::ShowView(ViewChoice::Text));
    })
}

/// Gives the widget's box the host's fixed height, scrolling inside. Set
/// through the CSSOM: a strict Content-Security-Policy refuses `style` attributes.
#[hook]
fn use_host_height(root: &NodeRef, height: Option<String>) {
    let root = root.clone();
    use_effect_with(height, move |height| {
        let (Some(root), Some(height)) = (root.cast::<web_sys::Element>(), height) else {
            return;
        };
        let style = style_of(&root);
        let _ = style.set_property("height", height);
        let _ = style.set_property("overflow-y", "auto");
    });
}
