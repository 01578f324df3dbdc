import type { InterventionKind } from '@hiwar/protocol';
import type { TFunction } from 'i18next';

/** The name to show for a queue entry or the floor; someone unnamed in the room gets a neutral label. */
export function speakerName(t: TFunction, name: string | null): string {
  return name ?? t('queue.unnamed');
}

/** The kinds a person may choose when raising a hand: priority kinds only when the meeting allows them. */
export function choosableKinds(allowPriority: boolean): InterventionKind[] {
  return allowPriority ? ['new-point', 'direct-reply', 'clarification', 'point-of-order'] : ['new-point'];
}
