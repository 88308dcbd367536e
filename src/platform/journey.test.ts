import { describe, expect, it } from 'vitest';
import { followJourney, type JourneyContribution, type JourneyViewer } from './journey.ts';

const viewer = {} as JourneyViewer;

/** A contribution that tells a fixed story for each stop id. */
const tell = (
  from: string,
  order: number,
  story: Record<string, [string, string?][]>,
): JourneyContribution => ({
  from,
  order,
  steps: async (_v, stop) =>
    (story[stop.id] ?? []).map(([label, next]) => ({
      done: true,
      label,
      next: next ? { type: next.split(':')[0]!, id: next.split(':')[1]! } : undefined,
    })),
});

describe('followJourney', () => {
  it('tells each stop after the step that leads to it, contributions in their order', async () => {
    const steps = await followJourney(
      [
        tell('project', 20, { p1: [['report of p1']], p2: [['report of p2']] }),
        tell('proposal', 10, { v: [['idea i', 'idea:i']] }),
        tell('idea', 10, {
          i: [
            ['project p1', 'project:p1'],
            ['project p2', 'project:p2'],
          ],
        }),
        tell('project', 10, { p1: [['status of p1']] }),
      ],
      viewer,
      { type: 'proposal', id: 'v' },
    );
    expect(steps.map((s) => s.label)).toEqual([
      'idea i',
      'project p1',
      'status of p1',
      'report of p1',
      'project p2',
      'report of p2',
    ]);
  });

  it('tells a stop once even when two steps lead to it, and stops on a loop', async () => {
    const steps = await followJourney(
      [
        tell('a', 0, {
          '1': [
            ['to b', 'b:2'],
            ['to b again', 'b:2'],
          ],
        }),
        tell('b', 0, { '2': [['back to a', 'a:1']] }),
      ],
      viewer,
      { type: 'a', id: '1' },
    );
    expect(steps.map((s) => s.label)).toEqual(['to b', 'back to a', 'to b again']);
  });

  it('has nothing to tell where no module continues', async () => {
    expect(await followJourney([], viewer, { type: 'proposal', id: 'v' })).toEqual([]);
  });
});
