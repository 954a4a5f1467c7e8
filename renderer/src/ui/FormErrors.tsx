/** The problems of a form, announced when they appear. The alert wraps the list so it stays a list. */
export function FormErrors({ id, messages }: { id?: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} role="alert">
      <ul className="form-errors">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
