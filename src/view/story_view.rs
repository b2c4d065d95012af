//! A loaded story: header, problems, the view switch, story steps, the
//! timeline, the actor map or the text twin, and the card. Hover, focus and
//! keys are handled here once for the whole widget.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::actor_map::ActorMap;
use super::card::Card;
use super::dom::{element_of, focus};
use super::header::view_header;
use super::problems::Problems;
use super::text_view::view_text;
use super::timeline::Timeline;
use crate::hooks::{use_element_width, use_fragment_link, Timeout};
use crate::layout::card::{place_card, Rect};
use crate::model::CheckedStory;
use crate::state::{step_from, story_steps, Action, Selection, ViewState};
use crate::view::widget::{Controller, WidgetOptions};

/// Below this widget width, in CSS px, the card docks below the views.
const DOCK_BELOW_PX: f64 = 600.0;

/// How long the pointer rests on an item before its card previews, in ms.
const HOVER_INTENT_MS: i32 = 350;

/// How long a preview lingers after the pointer leaves, in ms.
const HOVER_LINGER_MS: i32 = 200;

/// Which views the widget shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewChoice {
    /// The timeline above the actor map.
    #[default]
    Both,
    /// The timeline alone.
    Timeline,
    /// The actor map alone.
    Map,
    /// The text twin.
    Text,
}

impl ViewChoice {
    /// The view named `timeline`, `map`, `text` or `both`.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim() {
            "both" => Some(Self::Both),
            "timeline" => Some(Self::Timeline),
            "map" => Some(Self::Map),
            "text" => Some(Self::Text),
            _ => None,
        }
    }

    const ALL: [ViewChoice; 4] = [
        ViewChoice::Both,
        ViewChoice::Timeline,
        ViewChoice::Map,
        ViewChoice::Text,
    ];

    /// A longer description, for the button's tooltip.
    fn title(self) -> &'static str {
        match self {
            Self::Both => "The timeline above the actor map",
            Self::Timeline => "The timeline alone",
            Self::Map => "The actor map alone",
            Self::Text => "The story as text: events, quotes and who's who",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Both => "Both",
            Self::Timeline => "Timeline",
            Self::Map => "Map",
            Self::Text => "Text",
        }
    }
}

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

/// The item an element stands for, from its `data-*-id` attribute or an ancestor's.
fn item_of(element: &web_sys::Element) -> Option<(Selection, web_sys::Element)> {
    let item = element
        .closest("[data-event-id],[data-actor-id],[data-relation-id],[data-quote-id]")
        .ok()??;
    let attribute = |name| item.get_attribute(name);
    let selection = if let Some(id) = attribute("data-event-id") {
        Selection::Event(id.as_str().into())
    } else if let Some(id) = attribute("data-actor-id") {
        Selection::Actor(id.as_str().into())
    } else if let Some(id) = attribute("data-relation-id") {
        Selection::Relation(id.as_str().into())
    } else {
        Selection::Quote(attribute("data-quote-id")?.as_str().into())
    };
    Some((selection, item))
}

fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

fn is_inside_card(element: &web_sys::Element) -> bool {
    element.closest(".dl-card").ok().flatten().is_some()
}

/// The focused element in the document or shadow root that holds `element`.
fn active_element_near(element: &web_sys::Element) -> Option<web_sys::Element> {
    let root = element.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => web_sys::window()?.document()?.active_element(),
    }
}

/// Draws a story that has been loaded and checked.
#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = use_memo(props.checked.clone(), |checked| {
        Rc::new(checked.story.clone())
    });
    let story: Rc<_> = (*story).clone();
    let state = use_reducer_eq(ViewState::default);
    let choice = use_state_eq(|| props.options.view);
    let root = use_node_ref();
    let card = use_node_ref();
    let instance = use_state(next_instance);
    let hover = use_mut_ref(Timeout::default);
    let described = use_mut_ref(|| None::<web_sys::Element>);
    let width = use_element_width(&root).unwrap_or(800.0);
    let docked = width < DOCK_BELOW_PX;
    let steps = use_memo(story.clone(), |story| story_steps(story));

    let dispatch = |action_of: fn(Selection) -> Action| {
        let state = state.clone();
        Callback::from(move |selection| state.dispatch(action_of(selection)))
    };
    let on_select = dispatch(Action::Select);
    use_fragment_link(
        &story,
        props.options.fragment_key.as_deref(),
        state.selection.as_ref(),
        state.selected_by_host,
        on_select.clone(),
    );
    {
        let (controller, select_for_host, start, story) = (
            props.controller.clone(),
            dispatch(Action::SelectForHost),
            props.options.start.clone(),
            story.clone(),
        );
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

    // A host-given height is set through the CSSOM: a strict Content-Security-Policy
    // refuses `style` attributes.
    {
        let root = root.clone();
        use_effect_with(props.options.height.clone(), move |height| {
            let (Some(root), Some(height)) = (root.cast::<web_sys::HtmlElement>(), height) else {
                return;
            };
            let style = root.style();
            let _ = style.set_property("height", height);
            let _ = style.set_property("overflow-y", "auto");
        });
    }

    // Place a floating card beside its item and tie a preview to its trigger.
    {
        let (root, card, described, state, subject) = (
            root.clone(),
            card.clone(),
            described.clone(),
            state.clone(),
            state.card().cloned(),
        );
        let card_id = format!("dl-{}-card", *instance);
        use_effect(move || {
            let (Some(root), trigger) = (root.cast::<web_sys::Element>(), None::<web_sys::Element>)
            else {
                return;
            };
            let trigger = subject
                .as_ref()
                .and_then(|subject| element_of(&root, subject))
                .or(trigger);
            let mut described = described.borrow_mut();
            if let Some(previous) = described.take() {
                let _ = previous.remove_attribute("aria-describedby");
            }
            if let (Some(trigger), false) = (&trigger, state.card_is_pinned()) {
                let _ = trigger.set_attribute("aria-describedby", &card_id);
                *described = Some(trigger.clone());
            }
            let Some(card) = card.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let style = card.style();
            match trigger.filter(|_| !docked) {
                Some(trigger) => {
                    let origin = root.get_bounding_client_rect();
                    let relative = |rect: web_sys::DomRect| Rect {
                        x: rect.left() - origin.left(),
                        y: rect.top() - origin.top(),
                        width: rect.width(),
                        height: rect.height(),
                    };
                    let window = web_sys::window().expect("the widget runs in a browser window");
                    let viewport_height = window
                        .inner_height()
                        .ok()
                        .and_then(|height| height.as_f64())
                        .unwrap_or(f64::MAX);
                    let top = (-origin.top()).max(0.0);
                    let bottom = (viewport_height - origin.top()).min(origin.height());
                    let area = Rect {
                        x: 0.0,
                        y: top,
                        width: origin.width(),
                        height: (bottom - top).max(0.0),
                    };
                    let size = (
                        f64::from(card.offset_width()),
                        f64::from(card.offset_height()),
                    );
                    let (x, y) =
                        place_card(relative(trigger.get_bounding_client_rect()), size, area);
                    let _ = style.set_property("left", &format!("{x}px"));
                    let _ = style.set_property("top", &format!("{y}px"));
                    let _ = style.set_property("position", "absolute");
                }
                None => {
                    let _ = style.remove_property("left");
                    let _ = style.remove_property("top");
                    let _ = style.remove_property("position");
                }
            }
        });
    }

    // Hover with intent, focus at once: both preview an item's card.
    let onpointerover = {
        let (state, hover) = (state.clone(), hover.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            if event.pointer_type() == "touch" {
                return;
            }
            if is_inside_card(&target) {
                hover.borrow_mut().cancel();
                return;
            }
            let Some((item, _)) = item_of(&target) else {
                return;
            };
            if state.preview.as_ref() == Some(&item) {
                hover.borrow_mut().cancel();
                return;
            }
            let state = state.clone();
            hover.borrow_mut().schedule(HOVER_INTENT_MS, move || {
                state.dispatch(Action::Preview(Some(item)))
            });
        })
    };
    let onpointerout = {
        let (state, hover) = (state.clone(), hover.clone());
        Callback::from(move |event: PointerEvent| {
            let leaving =
                target_element(&event).and_then(|target| item_of(&target).map(|(item, _)| item));
            let entering = event
                .related_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            let staying = entering.as_ref().is_some_and(|entering| {
                is_inside_card(entering) || item_of(entering).map(|(item, _)| item) == leaving
            });
            if staying {
                return;
            }
            let state = state.clone();
            hover.borrow_mut().schedule(HOVER_LINGER_MS, move || {
                state.dispatch(Action::Preview(None))
            });
        })
    };
    let onfocusin = {
        let (state, hover) = (state.clone(), hover.clone());
        Callback::from(move |event: FocusEvent| {
            let Some(target) = target_element(&event) else {
                return;
            };
            // Only keyboard focus previews: a tap or click focuses too, and goes on to pin.
            if is_inside_card(&target) || !target.matches(":focus-visible").unwrap_or(false) {
                return;
            }
            hover.borrow_mut().cancel();
            state.dispatch(Action::Preview(item_of(&target).map(|(item, _)| item)));
        })
    };
    let onfocusout = {
        let state = state.clone();
        Callback::from(move |event: FocusEvent| {
            let entering = event
                .related_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            if entering
                .as_ref()
                .is_some_and(|entering| is_inside_card(entering) || item_of(entering).is_some())
            {
                return;
            }
            state.dispatch(Action::Preview(None));
        })
    };

    // Closing the card returns focus to its item when focus was inside the card.
    let close_card = {
        let (state, root, card) = (state.clone(), root.clone(), card.clone());
        Callback::from(move |()| {
            let active = root
                .cast::<web_sys::Element>()
                .and_then(|root| active_element_near(&root));
            let focus_in_card = card
                .cast::<web_sys::Element>()
                .zip(active)
                .is_some_and(|(card, active)| card.contains(Some(&active)));
            if let (true, Some(root), Some(selection)) = (
                focus_in_card,
                root.cast::<web_sys::Element>(),
                state.selection.clone(),
            ) {
                if let Some(trigger) = element_of(&root, &selection) {
                    focus(&trigger);
                }
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

    let on_select_event = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Select(Selection::Event(id))))
    };
    let on_set_day = {
        let state = state.clone();
        Callback::from(move |day| state.dispatch(Action::ShowMapAsOf(day)))
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ClearSelection))
    };
    let map_day = state.map_day(&story);
    let highlight = state.highlight(&story).map(Rc::new);
    let shows_timeline = matches!(*choice, ViewChoice::Both | ViewChoice::Timeline);
    let shows_map = matches!(*choice, ViewChoice::Both | ViewChoice::Map);
    let card_view = state.card().cloned().map(|subject| {
        html! {
            <Card story={story.clone()} {subject} pinned={state.card_is_pinned()} id={format!("dl-{}-card", *instance)}
                on_select={on_select.clone()} on_close={close_card.clone()} node={card.clone()} />
        }
    });
    html! {
        <article class={classes!("dl-widget", props.options.theme.class(), docked.then_some("dl-widget--narrow"))} lang={props.options.lang.clone().unwrap_or_else(|| story.meta.language.clone())}
            aria-label={format!("Story explainer: {}", story.meta.title)} ref={root}
            {onpointerover} {onpointerout} {onfocusin} {onfocusout} {onkeydown}>
            { view_header(&story.meta) }
            <Problems checked={props.checked.clone()} />
            { view_switch(*choice, &choice) }
            if *choice != ViewChoice::Text {
                { view_steps(&story, &steps, state.selected_event(), &step) }
            }
            if shows_timeline {
                <Timeline story={story.clone()} selected={state.selected_event().cloned()} on_select={on_select_event} highlight={highlight.clone()} on_clear={clear.clone()} />
            }
            if shows_map {
                <ActorMap story={story.clone()} selection={state.selection.clone()} highlight={highlight.clone()} day={map_day} on_select={on_select.clone()} on_clear={clear} {on_set_day} />
            }
            if *choice == ViewChoice::Text {
                { view_text(&story) }
            }
            <div class={classes!("dl-card-slot", docked.then_some("dl-card-slot--docked"))}>
                { for card_view }
            </div>
        </article>
    }
}

/// Buttons that choose between the timeline and map, either alone, and the text twin.
fn view_switch(current: ViewChoice, choice: &UseStateHandle<ViewChoice>) -> Html {
    html! {
        <div class="dl-switch" role="group" aria-label="View">
            { for ViewChoice::ALL.into_iter().map(|option| {
                let choice = choice.clone();
                let onclick = Callback::from(move |_: MouseEvent| choice.set(option));
                html! {
                    <button type="button" class="dl-switch__option" aria-pressed={(option == current).to_string()} title={option.title()} {onclick}>{ option.label() }</button>
                }
            }) }
        </div>
    }
}

/// Previous and Next through the story's dated events, with the position.
fn view_steps(
    story: &crate::model::Story,
    steps: &[crate::model::EventId],
    selected: Option<&crate::model::EventId>,
    step: &Callback<isize>,
) -> Html {
    if steps.is_empty() {
        return Html::default();
    }
    let position = selected.and_then(|id| steps.iter().position(|step| step == id));
    let status =
        match position.and_then(|index| story.event(&steps[index]).map(|event| (index, event))) {
            Some((index, event)) => format!("{} of {}: {}", index + 1, steps.len(), event.title),
            None => format!("{} events. Step through them in order.", steps.len()),
        };
    let previous = step.reform(|_: MouseEvent| -1);
    let next = step.reform(|_: MouseEvent| 1);
    html! {
        <div class="dl-steps" role="group" aria-label="Story steps">
            <button type="button" class="dl-button" onclick={previous} disabled={position == Some(0)} aria-keyshortcuts="p">{ "← Previous" }</button>
            <p class="dl-steps__status" aria-live="polite">{ status }</p>
            <button type="button" class="dl-button" onclick={next} disabled={position == Some(steps.len() - 1)} aria-keyshortcuts="n">{ "Next →" }</button>
        </div>
    }
}
