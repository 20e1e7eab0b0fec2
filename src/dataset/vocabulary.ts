/**
 * The dataset format's closed vocabularies are the ones the explorer shares
 * (src/vocabulary): the dataset layer publishes them to the layers above.
 */
export * from '../vocabulary';
