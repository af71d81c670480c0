/**
 * The options of a select of named things (organisations, units, providers): first the prompt
 * with an empty value, then one option per item, named by its name.
 */
export function NamedOptions({
  choose,
  items,
}: {
  choose: string;
  items: readonly { id: string; name: string }[] | undefined;
}) {
  return (
    <>
      <option value="">{choose}</option>
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
