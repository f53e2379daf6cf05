// The event being built from one or more sentences before it is split into one event per place.

import type { ChosenDate } from './choose-date.ts';
import type { MentionRef } from './doc-view.ts';
import type { ActorRef } from './find-actors.ts';

export interface EventDraft {
  group: string;
  family: string;
  type: string;
  subtype: string;
  sentences: number[];
  /** character offset of the trigger in its first sentence */
  offset: number;
  actor1?: ActorRef;
  actor2?: ActorRef;
  assoc1?: ActorRef;
  /** generic actor to use when no actor1 is found: [template, subtype] */
  defaultActor1?: readonly [string, string];
  places: MentionRef[];
  date: ChosenDate;
  fatalities?: number;
  alleged: boolean;
  historical: boolean;
  claimed: boolean;
  attributedTo?: ActorRef;
  weight: number;
}
