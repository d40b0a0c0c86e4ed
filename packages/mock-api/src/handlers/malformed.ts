// Bodies the SDK's schemas do not allow (an id that is a number), for `control.malformNext()`.

export const malformedObject = (object: string): unknown => ({ object, id: 42 });
export const malformedList = (object: string): unknown => ({
  object: 'list',
  data: [{ object, id: 42 }],
  has_more: false,
});
export const malformedLink = (): unknown => ({
  id: 42,
  url: 'https://example.invalid/.x',
  creation_time: '2026-01-01T00:00:00Z',
});
export const malformedSlots = (): unknown => [{ start_time: 42, locations: [] }];
export const malformedDeleted = (object: string): unknown => ({ id: 42, object, deleted: true });
export const malformedSchedule = (): unknown => ({ id: 42 });
