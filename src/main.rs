fn main() {
    limber::start();
}
