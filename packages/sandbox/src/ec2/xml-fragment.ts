/** The already rendered content of one element, written into an answer as it is. */
export class XmlFragment {
  readonly xml: string;

  constructor(xml: string) {
    this.xml = xml;
  }
}
